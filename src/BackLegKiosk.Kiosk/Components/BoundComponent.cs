using System.ComponentModel;
using Microsoft.AspNetCore.Components;

namespace BackLegKiosk.Kiosk.Components;

/// <summary>
/// Binds a component to Kiosk.Core view models: it re-renders when any of them raises PropertyChanged,
/// from whatever thread. The view models never learn that Blazor exists. View models outlive pages
/// (they are the kiosk's singletons), so everything a page hooks onto them is unhooked when it goes.
/// </summary>
public abstract class BoundComponent : ComponentBase, IDisposable
{
    private readonly List<INotifyPropertyChanged> _sources = [];
    private readonly List<Action> _unhooks = [];

    public void Dispose()
    {
        foreach (var source in _sources)
        {
            source.PropertyChanged -= OnSourceChanged;
        }

        _unhooks.ForEach(unhook => unhook());
        _sources.Clear();
        _unhooks.Clear();
        GC.SuppressFinalize(this);
    }

    /// <summary>Hooks a handler onto a longer-lived object now and unhooks it when the component is disposed.</summary>
    protected void Hook(Action hook, Action unhook)
    {
        hook();
        _unhooks.Add(unhook);
    }

    /// <summary>Re-render when <paramref name="source"/> changes; call from OnInitialized or OnParametersSet.</summary>
    protected void Watch(INotifyPropertyChanged? source)
    {
        if (source is not null && !_sources.Contains(source))
        {
            source.PropertyChanged += OnSourceChanged;
            _sources.Add(source);
        }
    }

    private void OnSourceChanged(object? sender, PropertyChangedEventArgs e) => _ = InvokeAsync(StateHasChanged);
}
