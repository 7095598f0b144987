using System.ComponentModel;
using BackLegKiosk.Kiosk.Core;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Facts;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Domain.HandOffs;
using BackLegKiosk.Server.Domain.Sessions;
using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Training.History;
using BackLegKiosk.Training.Members;
using Google.Protobuf;
using Microsoft.AspNetCore.Components;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Server.Dashboard.Phone;

/// <summary>
/// The member's session on their own phone, opened from the kiosk's QR code: the kiosk's workout flow
/// (<see cref="WorkoutViewModel"/>) in a phone-sized page, its facts stored through <see cref="PhoneFacts"/>.
/// Not prerendered, so a link preview that fetches the address without running the page uses nothing up.
/// </summary>
public sealed partial class PhonePage : IDisposable
{
    private PhoneSession? _session;
    private WorkoutViewModel? _workout;
    private SetEditor? _editor;
    private SessionCompletion? _summary;
    private (string Title, string Text)? _ended;
    private string? _error;
    private string? _memberName;

    /// <summary>The member's language once the link is redeemed; English before, when nobody is known yet.</summary>
    private KioskText T { get; set; } = KioskText.English;

    [Parameter]
    public string Secret { get; set; } = string.Empty;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    public void Dispose()
    {
        if (_workout is not null)
        {
            _workout.PropertyChanged -= OnChanged;
            _workout.Timer.PropertyChanged -= OnChanged;
            _workout.Timer.Dispose();
        }

        Watch(null);
    }

    protected override async Task OnInitializedAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        try
        {
            _session = await scope.ServiceProvider.GetRequiredService<HandOffDesk>().RedeemAsync(Secret, CancellationToken.None);
        }
        catch (Exception ex) when (ex is NotAuthenticatedException or WrongStateException)
        {
            _ended = (T["Phone.LinkOpensNothing"], ex.Message);
            return;
        }

        _memberName = _session.MemberName;
        T = KioskText.For(_session.Language ?? Language.English);
        var plan = KioskWire.FromProto(JsonParser.Default.Parse<Api.SessionPlan>(_session.PlanJson));
        _workout = new WorkoutViewModel(plan, new PhoneFacts(Scopes, _session.MemberId), new RestTimer(Time), Time, _session.CheckInToken, _session.Units, T, new PhoneStationOffers(Scopes, _session.CheckInToken));
        _workout.Apply(await RecordsAsync(scope.ServiceProvider.GetRequiredService<FactReader>(), _session));
        _workout.PropertyChanged += OnChanged;
        _workout.Timer.PropertyChanged += OnChanged;
    }

    /// <summary>Every set fact of the session the server holds: what the kiosk delivered before it let go.</summary>
    private static async Task<List<WorkoutFact>> RecordsAsync(FactReader reader, PhoneSession session)
    {
        var records = new List<WorkoutFact>();
        FactPage page;
        var after = 0L;
        do
        {
            page = await reader.PullAsync(session.MemberId, session.SessionId, after, FactReader.MaxPage, CancellationToken.None);
            records.AddRange(page.Facts.Select(f => KioskWire.RecordOf(FactMapping.ToProto(f).Fact)).OfType<WorkoutFact>());
            after = page.LastSequence;
        }
        while (page.HasMore);
        return records;
    }

    /// <summary>Runs a tap's work; a session taken back by a kiosk, or a refused entry, is said on the page instead of breaking it.</summary>
    private async Task RunAsync(Func<Task> work)
    {
        _error = null;
        try
        {
            await work();
        }
        catch (NotAuthenticatedException)
        {
            _ended = (T["Phone.BackOnKiosk"], T["Phone.BackOnKioskLead"]);
        }
        catch (Exception ex) when (ex is FactRefusedException or InvalidFieldException or WrongStateException)
        {
            _error = ex.Message;
        }

        StateHasChanged();
    }

    private Task FinishAsync() => RunAsync(async () =>
    {
        await using var scope = Scopes.CreateAsyncScope();
        var desk = scope.ServiceProvider.GetRequiredService<CheckInDesk>();
        var (checkIn, member) = await desk.ResolveAsync(PhoneKiosk.Id, _session!.CheckInToken, CancellationToken.None);
        var now = Time.GetUtcNow();
        _summary = await scope.ServiceProvider.GetRequiredService<SessionDesk>().CompleteAsync(checkIn, member, _session.SessionId, Guid.CreateVersion7(now), now, CancellationToken.None);
        await desk.CheckOutAsync(checkIn, CancellationToken.None);
        _workout!.Timer.Skip();
    });

    private void OnChanged(object? sender, PropertyChangedEventArgs e)
    {
        if (e.PropertyName == nameof(WorkoutViewModel.Editor))
        {
            Watch(_workout?.Editor);
        }

        _ = InvokeAsync(StateHasChanged);
    }

    /// <summary>The set being corrected changes with every tap on its steppers.</summary>
    private void Watch(SetEditor? editor)
    {
        if (_editor is not null)
        {
            _editor.PropertyChanged -= OnChanged;
        }

        _editor = editor;
        if (_editor is not null)
        {
            _editor.PropertyChanged += OnChanged;
        }
    }
}
