using BackLegKiosk.Training.History;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>
/// The whole kiosk as a head binds it: which screen shows, the member checked in, and the way from
/// check-in through the workout to the summary. After <see cref="KioskOptions.IdleTimeout"/> without a
/// touch it signs the member out and forgets everything about them.
/// </summary>
public sealed partial class KioskViewModel : ObservableObject, IDisposable
{
    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(1);

    /// <summary>How often a kiosk showing a phone link asks whether a phone opened it.</summary>
    public static readonly TimeSpan PhonePoll = TimeSpan.FromSeconds(1);

    /// <summary>How long "Continued on your phone" stays up before the kiosk forgets the member.</summary>
    public static readonly TimeSpan HandedOffShown = TimeSpan.FromSeconds(5);
    private readonly IKioskBackend _backend;
    private readonly Outbox _outbox;
    private readonly TimeProvider _time;
    private readonly ITimer _idleTimer;
    private DateTimeOffset _lastTouch;
    private string? _token;
    private WeightUnit _units = WeightUnit.Kilograms;
    private CancellationTokenSource? _watch;

    public KioskViewModel(IKioskBackend backend, Outbox outbox, SyncAgent? sync, TimeProvider time, KioskOptions options)
    {
        _backend = backend;
        _outbox = outbox;
        _time = time;
        Options = options;
        Sync = sync;
        Timer = new RestTimer(time);
        Text = KioskText.For(options.Language);
        CheckIn = new CheckInViewModel(backend, Text);
        CheckIn.CheckedIn += (_, response) => OnCheckedIn(response);
        _lastTouch = time.GetUtcNow();
        _idleTimer = time.CreateTimer(_ => SignOutIfIdle(), null, IdleCheck, IdleCheck);
    }

    public KioskOptions Options { get; }

    public SyncAgent? Sync { get; }

    public RestTimer Timer { get; }

    public CheckInViewModel CheckIn { get; }

    /// <summary>The words on screen: the kiosk's language, or the checked-in member's.</summary>
    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(ReadinessTitle), nameof(StartText))]
    public partial KioskText Text { get; private set; }

    [ObservableProperty]
    public partial KioskScreen Screen { get; private set; } = KioskScreen.Attract;

    [ObservableProperty]
    public partial string? MemberName { get; private set; }

    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(ReadinessTitle), nameof(MayStart), nameof(StartText), nameof(OverrideRule))]
    public partial Readiness? Readiness { get; private set; }

    public string? ReadinessTitle => Readiness is null ? null : Text.ReadinessTitle(Readiness.Status);

    /// <summary>A member told "not today" may still finish a session already open.</summary>
    public bool MayStart => Readiness is not null && (Readiness.MayTrain || HasOpenSession);

    public string StartText => Text[HasOpenSession ? "Start.Continue" : "Start.New"];

    /// <summary>Set when the member has a session open from another kiosk or an earlier visit.</summary>
    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(MayStart), nameof(StartText))]
    public partial bool HasOpenSession { get; private set; }

    /// <summary>Today's plan, shown on the readiness screen before the member starts; null until it arrives, or when it could not be had.</summary>
    [ObservableProperty]
    public partial PlanPreview? Preview { get; private set; }

    /// <summary>Why no plan preview is shown, when asking for one failed; starting still works.</summary>
    [ObservableProperty]
    public partial string? PreviewProblem { get; private set; }

    [ObservableProperty]
    public partial WorkoutViewModel? Workout { get; private set; }

    [ObservableProperty]
    public partial SessionCompletion? Summary { get; private set; }

    /// <summary>The coach-override form is open on the readiness screen.</summary>
    [ObservableProperty]
    public partial bool ShowingOverride { get; private set; }

    [ObservableProperty]
    public partial string OverrideUsername { get; set; } = string.Empty;

    [ObservableProperty]
    public partial string OverridePassword { get; set; } = string.Empty;

    [ObservableProperty]
    public partial string OverrideReason { get; set; } = string.Empty;

    /// <summary>What a coach would set aside: R9 for a member told "not today", R8 for one warned it may not suit them.</summary>
    public string? OverrideRule => Readiness is not { } readiness ? null
        : !readiness.MayTrain ? "R9"
        : readiness.Reasons.Any(r => r.RuleId == "R8" && !CoachOverride.IsOverrideNote(r)) ? "R8"
        : null;

    /// <summary>The one-time link shown as a QR code while the member moves the session to their phone.</summary>
    [ObservableProperty]
    public partial PhoneLink? PhoneLink { get; private set; }

    [ObservableProperty]
    public partial string? Error { get; private set; }

    [ObservableProperty]
    public partial bool IsBusy { get; private set; }

    /// <summary>Every tap calls this: it keeps the member signed in.</summary>
    public void Touch() => _lastTouch = _time.GetUtcNow();

    [RelayCommand]
    private void Begin()
    {
        Touch();
        CheckIn.Clear();
        Screen = KioskScreen.CheckIn;
    }

    /// <summary>Plans today's session, or resumes the open one where it stands.</summary>
    [RelayCommand]
    private async Task StartWorkoutAsync(CancellationToken cancellationToken)
    {
        Touch();
        await RunAsync(async () =>
        {
            var planned = await _backend.PlanAsync(_token!, cancellationToken);
            if (!planned.Succeeded)
            {
                return Text.Failure(planned);
            }

            var plan = planned.Value!.Plan;
            var workout = new WorkoutViewModel(plan, _outbox, Timer, _time, _token!, _units, Text, new KioskStationOffers(_backend, _token!));
            if (planned.Value.Resumed)
            {
                // What the server has, and what this kiosk recorded that may not have reached it yet.
                var pulled = await _backend.PullAsync(_token!, plan.SessionId, 0, cancellationToken);
                if (!pulled.Succeeded)
                {
                    return Text.Failure(pulled);
                }

                workout.Apply(pulled.Value!.Select(f => f.Set).OfType<WorkoutFact>());
                workout.Apply(await _outbox.WorkoutFactsOfSessionAsync(plan.SessionId, cancellationToken));
            }

            Workout = workout;
            Screen = KioskScreen.Workout;
            Watch(workout, _token!);
            return null;
        });
    }

    [RelayCommand]
    private async Task FinishAsync(CancellationToken cancellationToken)
    {
        Touch();
        await RunAsync(async () =>
        {
            Timer.Skip();
            _watch?.Cancel();

            // The summary counts what the server has, so the sets logged here go first.
            await DeliverHeldAsync(cancellationToken);

            var now = _time.GetUtcNow();
            var completed = await _backend.CompleteAsync(_token!, Workout!.Plan.SessionId, Guid.CreateVersion7(now), now, cancellationToken);
            if (!completed.Succeeded)
            {
                return Text.Failure(completed);
            }

            Summary = completed.Value;
            Screen = KioskScreen.Summary;
            return null;
        });
    }

    /// <summary>
    /// "Continue on my phone": what this kiosk holds is delivered first, so the phone starts from every set
    /// done here; then the one-time link is shown until a phone opens it or it expires.
    /// </summary>
    [RelayCommand]
    private async Task ContinueOnPhoneAsync(CancellationToken cancellationToken)
    {
        Touch();
        await RunAsync(async () =>
        {
            await DeliverHeldAsync(cancellationToken);
            var link = await _backend.HandOffAsync(_token!, Workout!.Plan.SessionId, cancellationToken);
            if (!link.Succeeded)
            {
                return Text.Failure(link);
            }

            PhoneLink = link.Value;
            _ = WaitForPhoneAsync(_token!, link.Value!);
            return null;
        });
    }

    [RelayCommand]
    private void BeginOverride()
    {
        Touch();
        ShowingOverride = true;
    }

    [RelayCommand]
    private void CancelOverride()
    {
        Touch();
        ClearOverride();
    }

    /// <summary>A coach confirms with their own credentials; the password is forgotten whatever the answer.</summary>
    [RelayCommand]
    private async Task ApplyOverrideAsync(CancellationToken cancellationToken)
    {
        Touch();
        await RunAsync(async () =>
        {
            var answer = await _backend.CoachOverrideAsync(_token!, OverrideUsername, OverridePassword, OverrideRule ?? "R9", OverrideReason, cancellationToken);
            OverridePassword = string.Empty;
            if (!answer.Succeeded)
            {
                return Text.Failure(answer);
            }

            Readiness = answer.Value;
            ClearOverride();
            if (MayStart)
            {
                _ = PreviewAsync(_token!);
            }

            return null;
        });
    }

    private void ClearOverride()
    {
        ShowingOverride = false;
        OverrideUsername = string.Empty;
        OverridePassword = string.Empty;
        OverrideReason = string.Empty;
    }

    [RelayCommand]
    private void StayOnKiosk()
    {
        Touch();
        PhoneLink = null;
    }

    /// <summary>Asks after the shown link until a phone takes the session (the kiosk then lets go) or the link runs out.</summary>
    private async Task WaitForPhoneAsync(string token, PhoneLink link)
    {
        while (PhoneLink == link && _token == token)
        {
            await Task.Delay(PhonePoll, _time);
            var state = await _backend.HandOffStateAsync(token, link.Id, CancellationToken.None);
            if (PhoneLink != link || _token != token || !state.Succeeded)
            {
                // Moved on, or the server is briefly out of reach: the next round asks again.
                continue;
            }

            if (state.Value == PhoneLinkState.Taken)
            {
                await LeaveForPhoneAsync();
                return;
            }

            if (state.Value == PhoneLinkState.Expired)
            {
                PhoneLink = null;
                Error = Text["Phone.Expired"];
                return;
            }
        }
    }

    /// <summary>
    /// The phone owns the session: the server has already ended this kiosk's check-in, so no check-out is
    /// queued; the kiosk says where the session went, then forgets the member.
    /// </summary>
    private async Task LeaveForPhoneAsync()
    {
        Timer.Skip();
        _watch?.Cancel();
        PhoneLink = null;
        Screen = KioskScreen.HandedOff;
        await Task.Delay(HandedOffShown, _time);
        if (Screen == KioskScreen.HandedOff)
        {
            ClearMember();
        }
    }

    /// <summary>Waits, up to 10 s, for the outbox to deliver what this kiosk holds.</summary>
    private async Task DeliverHeldAsync(CancellationToken cancellationToken)
    {
        if (Sync is not null)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(TimeSpan.FromSeconds(10));
            await Sync.WhenDrainedAsync(wait.Token);
        }
    }

    /// <summary>
    /// Ends the visit: the screen forgets the member at once, and the check-out is queued in the outbox
    /// behind the facts recorded under it, so it reaches the server after them, whenever that is.
    /// </summary>
    [RelayCommand]
    private async Task SignOutAsync()
    {
        var token = _token;
        ClearMember();
        if (token is not null)
        {
            try
            {
                await _outbox.AddCheckOutAsync(token);
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // The kiosk's storage fails (the sync agent shows it); the token then ends by itself when it expires.
            }
        }
    }

    public void Dispose()
    {
        _watch?.Cancel();
        _watch?.Dispose();
        _idleTimer.Dispose();
        Timer.Dispose();
    }

    /// <summary>
    /// Follows the session on the server while it is on screen, so sets logged on another kiosk show up
    /// here too. A broken stream is picked up again after a pause, from the last fact seen.
    /// </summary>
    private void Watch(WorkoutViewModel workout, string token)
    {
        _watch?.Cancel();
        _watch?.Dispose();
        var watch = new CancellationTokenSource();
        _watch = watch;
        var stop = watch.Token;
        _ = Task.Run(async () =>
        {
            var cursor = 0L;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await foreach (var fact in _backend.WatchAsync(token, workout.Plan.SessionId, cursor, stop))
                    {
                        cursor = fact.Sequence;
                        if (fact.Set is { } set)
                        {
                            workout.Apply([set]);
                        }
                    }
                }
                catch (Exception ex) when (ex.IsStopBy(stop))
                {
                    return;
                }

                // The stream ended: the server went away or the session closed; the outbox keeps this kiosk working meanwhile.

                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(3), _time, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
    }

    private void OnCheckedIn(MemberCheckIn member)
    {
        Touch();
        _token = member.Token;
        _units = member.Units;
        Text = KioskText.For(member.Language ?? Options.Language);
        MemberName = member.MemberName;
        Readiness = member.Readiness;
        HasOpenSession = member.HasOpenSession;
        Screen = KioskScreen.Readiness;
        if (MayStart)
        {
            _ = PreviewAsync(member.Token);
        }
    }

    private async Task PreviewAsync(string token)
    {
        var preview = await _backend.PreviewAsync(token, CancellationToken.None);
        if (_token != token)
        {
            // The member left before it arrived.
            return;
        }

        Preview = preview.Value;
        PreviewProblem = preview.Succeeded ? null : Text.Failure(preview);
    }

    private void SignOutIfIdle()
    {
        if (Screen != KioskScreen.Attract && _time.GetUtcNow() - _lastTouch >= Options.IdleTimeout)
        {
            _ = SignOutAsync();
        }
    }

    private void ClearMember()
    {
        _watch?.Cancel();
        _watch?.Dispose();
        _watch = null;
        _token = null;
        Timer.Skip();
        MemberName = null;
        Readiness = null;
        HasOpenSession = false;
        Preview = null;
        PreviewProblem = null;
        PhoneLink = null;
        ClearOverride();
        Workout = null;
        Summary = null;
        Error = null;
        CheckIn.Clear();
        Text = KioskText.For(Options.Language);
        Screen = KioskScreen.Attract;
    }

    /// <summary>Runs a screen action that answers with the message to show, or null when all went well.</summary>
    private async Task RunAsync(Func<Task<string?>> action)
    {
        IsBusy = true;
        Error = null;
        try
        {
            Error = await action();
        }
        catch (OperationCanceledException)
        {
            // Waiting for the outbox to drain before the summary ran out of time.
            Error = Text.Failure(new BackendResult<bool>(false, BackendFailure.TimedOut));
        }
        finally
        {
            IsBusy = false;
        }
    }
}
