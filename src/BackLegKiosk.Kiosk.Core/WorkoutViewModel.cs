using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Sets;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>
/// The set to do now, the steppers to record it, and the rest timer. Logging writes the set to the
/// outbox first; "Saved" appears only once it is on the kiosk's disk.
/// </summary>
public sealed partial class WorkoutViewModel : ObservableObject
{
    private const double LoadStep = 2.5;
    private readonly Outbox _outbox;
    private readonly TimeProvider _time;
    private readonly string _checkInToken;
    private readonly WeightUnit _units;
    private readonly Dictionary<Guid, SetFact> _setFacts = [];
    private readonly HashSet<SetKey> _skippedWarmUps = [];
    private HashSet<SetKey> _done = [];

    // Taps and facts watched from other kiosks arrive on different threads.
    private readonly Lock _gate = new();

    /// <param name="plan">The session's plan.</param>
    /// <param name="outbox">Where each logged set is stored before it is shown as saved.</param>
    /// <param name="timer">The rest timer the sets start.</param>
    /// <param name="time">The kiosk's clock.</param>
    /// <param name="checkInToken">The member's check-in, which their facts are queued under.</param>
    /// <param name="units">The member's unit (their profile's, from check-in): a load with no planned value is entered in it.</param>
    public WorkoutViewModel(WorkoutPlan plan, Outbox outbox, RestTimer timer, TimeProvider time, string checkInToken, WeightUnit units)
    {
        _units = units;
        Plan = plan;
        Steps = WorkoutStep.For(plan);
        Timer = timer;
        _outbox = outbox;
        _time = time;
        _checkInToken = checkInToken;
        MoveToNextOpenStep();
    }

    public WorkoutPlan Plan { get; }

    public IReadOnlyList<WorkoutStep> Steps { get; }

    public RestTimer Timer { get; }

    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(IsComplete), nameof(SetsDone), nameof(Partner), nameof(Target), nameof(Progress))]
    [NotifyCanExecuteChangedFor(nameof(LogSetCommand), nameof(SkipWarmUpCommand))]
    public partial WorkoutStep? Current { get; private set; }

    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(LoadText))]
    public partial double Load { get; set; }

    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(RepsText))]
    [NotifyCanExecuteChangedFor(nameof(LogSetCommand))]
    public partial int Reps { get; set; }

    /// <summary>The member's effort rating, 6-10 in half steps; null when not given.</summary>
    [ObservableProperty]
    public partial double? Rpe { get; set; }

    /// <summary>"Saved" after a set reaches the kiosk's disk.</summary>
    [ObservableProperty]
    public partial string? SavedMessage { get; private set; }

    public bool IsComplete => Current is null;

    /// <summary>Working sets done, as the summary counts them.</summary>
    public int SetsDone => _done.Count(d => !d.WarmUp);

    public int SetsPlanned => Steps.Count(s => !s.IsWarmUp);

    /// <summary>The other exercise of the current superset, shown smaller beside the current one.</summary>
    public WorkoutExercise? Partner => Current is null ? null : Current.Slot == 1 ? Current.Superset.Second : Current.Superset.First;

    /// <summary>The current step's target, as the card shows it.</summary>
    public string? Target => Current is null ? null : KioskText.Target(Current);

    public string LoadText => KioskText.Load(Load, Unit);

    public string RepsText => $"{Reps} reps";

    public string Progress => $"{SetsDone} of {SetsPlanned} sets";

    public string Unit => KioskText.Unit(_units);

    [RelayCommand]
    private void IncreaseLoad() => Load += LoadStep;

    [RelayCommand]
    private void DecreaseLoad() => Load = Math.Max(0, Load - LoadStep);

    [RelayCommand]
    private void IncreaseReps() => Reps = Math.Min(100, Reps + 1);

    [RelayCommand]
    private void DecreaseReps() => Reps = Math.Max(0, Reps - 1);

    [RelayCommand]
    private void ChooseRpe(double rpe) => Rpe = Math.Clamp(rpe, 1, 10);

    [RelayCommand]
    private void AddThirtySeconds() => Timer.AddThirtySeconds();

    [RelayCommand]
    private void SkipRest() => Timer.Skip();

    /// <summary>A warm-up of no reps would be an empty entry, which the server refuses; a working set of none is a failed attempt.</summary>
    private bool CanLogSet() => Current is { } step && !SetEntry.IsEmpty(Reps, Failed(step, Reps));

    private static bool Failed(WorkoutStep step, int reps) => !step.IsWarmUp && reps < step.Exercise.RepTarget;

    private bool CanSkipWarmUp() => Current is { IsWarmUp: true };

    /// <summary>Passes over a warm-up the member did on their own; nothing is logged for it.</summary>
    [RelayCommand(CanExecute = nameof(CanSkipWarmUp))]
    private void SkipWarmUp()
    {
        lock (_gate)
        {
            _skippedWarmUps.Add(Current!.Key);
            Refold();
            MoveToNextOpenStep();
        }
    }

    /// <summary>Records the current set; it counts as failed when the reps fall short of the target.</summary>
    [RelayCommand(CanExecute = nameof(CanLogSet))]
    private async Task LogSetAsync(CancellationToken cancellationToken)
    {
        var step = Current!;
        var failed = Failed(step, Reps);
        var now = _time.GetUtcNow();
        var set = new LoggedSet(
            Guid.CreateVersion7(now),
            Plan.SessionId,
            now,
            step.Key,
            step.Exercise.ExerciseId,
            new Load(Load, step.Exercise.Load?.Unit ?? _units),
            Reps,
            failed,
            Rpe);
        await _outbox.AddSetAsync(set, _checkInToken, cancellationToken);
        SavedMessage = $"Saved: {step.Exercise.Slot} {(step.IsWarmUp ? "warm-up" : "set")} {step.SetNumber}, {KioskText.Load(set.Load)} x {Reps}";
        lock (_gate)
        {
            _setFacts[set.FactId] = set.AsSetFact;
            Refold();
            MoveToNextOpenStep();
        }

        if (Current is not null)
        {
            Timer.Start(step.RestAfter(failed));
        }
    }

    /// <summary>
    /// Takes in set facts of this session from elsewhere: another kiosk (continuation, the watch) or this
    /// kiosk's own outbox. What counts is decided again from every known fact by Training's
    /// <see cref="SetFold"/>, so a void reopens its set and a set logged on two kiosks counts once. The
    /// set on screen only moves on when it stopped being open, so a member mid-entry keeps their numbers.
    /// </summary>
    public void Apply(IEnumerable<SetFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        lock (_gate)
        {
            foreach (var fact in facts)
            {
                _setFacts[fact.Id] = fact;
            }

            Refold();
            if (Current is null || !IsOpen(Current))
            {
                MoveToNextOpenStep();
            }
        }

        OnPropertyChanged(nameof(SetsDone));
    }

    private void Refold()
    {
        var counted = SetFold.Counted(_setFacts.Values);
        _done = [.. _setFacts.Values.Where(f => counted.Contains(f.Id)).Select(f => f.Key!.Value)];
        _done.UnionWith(_skippedWarmUps);
    }

    private void MoveToNextOpenStep()
    {
        Current = Steps.FirstOrDefault(IsOpen);
        if (Current is not null)
        {
            Load = Current.WarmUp is { } warmUp ? warmUp.Load?.Value ?? 0 : Current.Exercise.Load?.Value ?? 0;
            Reps = Current.WarmUp?.Reps ?? Current.Exercise.RepTarget;
            Rpe = null;
        }
    }

    /// <summary>Not done yet; and a warm-up is no longer offered once a working set of that lift is done (here or on another kiosk).</summary>
    private bool IsOpen(WorkoutStep step) =>
        !_done.Contains(step.Key)
        && !(step.IsWarmUp && _done.Any(d => d.Slot == step.Exercise.Slot && !d.WarmUp));
}
