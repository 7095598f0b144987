using System.ComponentModel;
using Microsoft.AspNetCore.Components;

namespace BackLegKiosk.Kiosk.Components;

/// <summary>
/// Binds a component to Kiosk.Core view models: it re-renders when any of them raises PropertyChanged,
/// from whatever thread. The view models never learn that Blazor exists.
/// </summary>
public abstract class BoundComponent : ComponentBase, IDisposable
{
    private readonly List<INotifyPropertyChanged> _sources = [];

    public void Dispose()
    {
        foreach (var source in _sources)
        {
            source.PropertyChanged -= OnSourceChanged;
        }

        _sources.Clear();
        GC.SuppressFinalize(this);
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
