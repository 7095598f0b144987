using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Rules;
using BackLegKiosk.Training.Sets;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>
/// The set to do now, the steppers to record it, the rest timer, and the sets done, each correctable or
/// removable (and every such change undoable) until the session ends. Every entry and change is a fact
/// written to the outbox first; "Saved" appears only once it is on the kiosk's disk.
/// </summary>
public sealed partial class WorkoutViewModel : ObservableObject
{
    private readonly IFactStore _facts;
    private readonly IStationOffers? _offers;
    private readonly TimeProvider _time;
    private readonly string _checkInToken;
    private readonly WeightUnit _units;
    private readonly Dictionary<Guid, WorkoutFact> _records = [];
    private readonly HashSet<SetKey> _skippedWarmUps = [];
    private readonly Stack<(Guid Target, LoggedSet Before)> _undo = new();

    /// <summary>The set logged last here (its latest correction's id) and when: the rest running is the one after it.</summary>
    private (Guid FactId, DateTimeOffset LoggedAt)? _lastLogged;
    private HashSet<SetKey> _done = [];
    private IReadOnlyList<DoneSet> _doneSets = [];

    // Taps and facts watched from other kiosks arrive on different threads.
    private readonly Lock _gate = new();

    /// <param name="plan">The session's plan.</param>
    /// <param name="facts">Where each logged set is stored before it is shown as saved: the kiosk's outbox, or the server for a phone.</param>
    /// <param name="timer">The rest timer the sets start.</param>
    /// <param name="time">The kiosk's clock.</param>
    /// <param name="checkInToken">The member's check-in, which their facts are queued under.</param>
    /// <param name="units">The member's unit (their profile's, from check-in): a load with no planned value is entered in it.</param>
    /// <param name="text">The member's language.</param>
    /// <param name="offers">Where to ask at a superset boundary whether a lift a busy station kept from opening can come back; null never asks.</param>
    public WorkoutViewModel(WorkoutPlan plan, IFactStore facts, RestTimer timer, TimeProvider time, string checkInToken, WeightUnit units, KioskText text, IStationOffers? offers = null)
    {
        _offers = offers;
        _units = units;
        Text = text;
        Plan = plan;
        Steps = WorkoutStep.For(plan);
        Timer = timer;
        _facts = facts;
        _time = time;
        _checkInToken = checkInToken;
        MoveToNextOpenStep();
    }

    /// <summary>The plan worked through; it changes when the member takes a <see cref="Offer"/>.</summary>
    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(SetsPlanned), nameof(Progress))]
    public partial WorkoutPlan Plan { get; private set; }

    public IReadOnlyList<WorkoutStep> Steps { get; private set; }

    public RestTimer Timer { get; }

    /// <summary>The words and numbers in the member's language.</summary>
    public KioskText Text { get; }

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

    /// <summary>A lift a busy station kept from opening, offered back at the superset about to start; null when none stands.</summary>
    [ObservableProperty]
    public partial StationOffer? Offer { get; private set; }

    /// <summary>The "Sets done" list is open.</summary>
    [ObservableProperty]
    public partial bool ShowingSetsDone { get; private set; }

    /// <summary>The done set being corrected, while its editor is open.</summary>
    [ObservableProperty]
    public partial SetEditor? Editor { get; private set; }

    /// <summary>The sets that count, in plan order, with the numbers they count with.</summary>
    public IReadOnlyList<DoneSet> DoneSets => _doneSets;

    public bool CanUndo => _undo.Count > 0;

    public bool IsComplete => Current is null;

    /// <summary>Working sets done, as the summary counts them.</summary>
    public int SetsDone => _done.Count(d => !d.WarmUp);

    public int SetsPlanned => Steps.Count(s => !s.IsWarmUp);

    /// <summary>The other exercise of the current superset, shown smaller beside the current one.</summary>
    public WorkoutExercise? Partner => Current is null ? null : Current.Slot == 1 ? Current.Superset.Second : Current.Superset.First;

    /// <summary>The current step's target, as the card shows it.</summary>
    public string? Target => Current is null ? null : Text.Target(Current);

    public string LoadText => Text.Load(Load, Unit);

    public string RepsText => Text.Reps(Reps);

    public string Progress => Text.Format("Progress", SetsDone, SetsPlanned);

    public string Unit => KioskText.Unit(_units);

    [RelayCommand]
    private void IncreaseLoad() => Load = SetNumbers.MoreLoad(Load);

    [RelayCommand]
    private void DecreaseLoad() => Load = SetNumbers.LessLoad(Load);

    [RelayCommand]
    private void IncreaseReps() => Reps = SetNumbers.MoreReps(Reps);

    [RelayCommand]
    private void DecreaseReps() => Reps = SetNumbers.FewerReps(Reps);

    [RelayCommand]
    private void ChooseRpe(double rpe) => Rpe = SetNumbers.Rpe(rpe);

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
        await _facts.AddAsync(set.ToProto(), _checkInToken, cancellationToken);

        // A set logged means the boundary an offer stood at has been passed.
        Offer = null;
        _lastLogged = (set.FactId, now);
        SavedMessage = Text.Format("Saved.Logged", step.Exercise.Slot, Text.StepKind(step), step.SetNumber, Text.Load(set.Load), Reps);
        lock (_gate)
        {
            _records[set.FactId] = set.AsLogged;
            Refold();
            MoveToNextOpenStep();
        }

        NotifyDoneChanged();

        if (Current is not null)
        {
            Timer.Start(step.RestAfter(failed));
            if (Current.Superset.Label != step.Superset.Label)
            {
                await AskForStationAsync(Current.Superset.Label, cancellationToken);
            }
        }
    }

    /// <summary>
    /// At a superset boundary, whether the lift a busy station kept from opening can come back. Whether it
    /// still can (its station, its place in the plan, the rules) is Training's decision on the server; an
    /// unanswered question makes no offer, and the plan goes on as it stands.
    /// </summary>
    private async Task AskForStationAsync(string superset, CancellationToken cancellationToken)
    {
        if (_offers is null || Plan.DisplacedExerciseId is null)
        {
            return;
        }

        var answer = await _offers.OfferAsync(Plan.SessionId, superset, cancellationToken);
        lock (_gate)
        {
            // A set of it logged elsewhere while the server answered has passed the boundary already.
            var begun = _done.Any(d => R1Alternate.SupersetOf(d.Slot) == superset);
            Offer = answer.Value is { } offer && Current?.Superset.Label == superset && !begun ? offer : null;
        }
    }

    /// <summary>Takes the offer: the plan the server stored becomes the one on screen, from the superset about to start.</summary>
    [RelayCommand]
    private async Task TakeOfferAsync(CancellationToken cancellationToken)
    {
        if (_offers is null || Offer is not { } offer)
        {
            return;
        }

        var taken = await _offers.TakeAsync(Plan.SessionId, offer.Superset, cancellationToken);
        Offer = null;
        if (!taken.Succeeded)
        {
            SavedMessage = Text.Failure(taken);
            return;
        }

        lock (_gate)
        {
            Plan = taken.Value!.Plan;
            Steps = WorkoutStep.For(Plan);
            Refold();
            MoveToNextOpenStep();
        }

        SavedMessage = Text.Format("Saved.OfferTaken", offer.Superset);
        NotifyDoneChanged();
    }

    /// <summary>Keeps the plan as it is; the offer is not made again at this boundary.</summary>
    [RelayCommand]
    private void KeepPlan() => Offer = null;

    [RelayCommand]
    private void ShowSetsDone() => ShowingSetsDone = true;

    [RelayCommand]
    private void HideSetsDone()
    {
        Editor = null;
        ShowingSetsDone = false;
    }

    [RelayCommand]
    private void EditSet(DoneSet done)
    {
        ShowingSetsDone = true;
        Editor = new SetEditor(done, Text);
    }

    private bool HasDoneSets() => _doneSets.Count > 0;

    /// <summary>Opens the set logged last, the one a slip of the stepper most likely got wrong (or, if that no longer counts, the latest change).</summary>
    [RelayCommand(CanExecute = nameof(HasDoneSets))]
    private void EditLastSet() => EditSet(_doneSets.FirstOrDefault(d => d.Set.FactId == _lastLogged?.FactId) ?? _doneSets.MaxBy(d => d.Set.OccurredAt)!);

    [RelayCommand]
    private void CancelEdit() => Editor = null;

    /// <summary>Replaces the set being edited with its corrected numbers; a rest running after it is made the one the failed flag now earns.</summary>
    [RelayCommand]
    private async Task SaveEditAsync(CancellationToken cancellationToken)
    {
        if (Editor is not { IsEmpty: false } editor)
        {
            return;
        }

        var now = _time.GetUtcNow();
        var replacement = editor.Replacement(Guid.CreateVersion7(now), now);
        await CorrectAsync(replacement, editor.Done.Set.FactId, cancellationToken);
        _undo.Push((replacement.FactId, editor.Done.Set));
        if (_lastLogged is { } last && last.FactId == editor.Done.Set.FactId)
        {
            _lastLogged = (replacement.FactId, last.LoggedAt);
            if (Timer.IsRunning && replacement.Failed != editor.Done.Set.Failed)
            {
                RestAgain(editor.Done.Step.RestAfter(replacement.Failed) - (now - last.LoggedAt));
            }
        }

        SavedMessage = Text.Format("Saved.Corrected", Text.DoneSet(new DoneSet(editor.Done.Step, replacement)));
        HideSetsDone();
    }

    private void RestAgain(TimeSpan left)
    {
        if (left > TimeSpan.Zero)
        {
            Timer.Start(left);
        }
        else
        {
            Timer.Skip();
        }
    }

    /// <summary>Takes the set being edited out of the session; its step opens again.</summary>
    [RelayCommand]
    private async Task RemoveSetAsync(CancellationToken cancellationToken)
    {
        if (Editor is not { } editor)
        {
            return;
        }

        var now = _time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        await _facts.AddAsync(KioskWire.VoidOf(id, Plan.SessionId, now, editor.Done.Set.FactId), _checkInToken, cancellationToken);
        Apply([new WorkoutFact(SetFact.Voided(id, now, editor.Done.Set.FactId), null)]);
        _undo.Push((editor.Done.Set.FactId, editor.Done.Set));
        SavedMessage = Text.Format("Saved.Removed", Text.DoneSet(editor.Done));
        HideSetsDone();
    }

    /// <summary>Takes back the last correction or removal: the set it changed counts again with the numbers it had.</summary>
    [RelayCommand(CanExecute = nameof(CanUndo))]
    private async Task UndoAsync(CancellationToken cancellationToken)
    {
        var (target, before) = _undo.Pop();
        var now = _time.GetUtcNow();
        await CorrectAsync(before with { FactId = Guid.CreateVersion7(now), OccurredAt = now }, target, cancellationToken);
        SavedMessage = Text.Format("Saved.Undone", Text.DoneSet(_doneSets.First(d => d.Set.Key == before.Key)));
        UndoCommand.NotifyCanExecuteChanged();
    }

    private async Task CorrectAsync(LoggedSet replacement, Guid target, CancellationToken cancellationToken)
    {
        await _facts.AddAsync(KioskWire.CorrectionOf(replacement, target), _checkInToken, cancellationToken);
        Apply([replacement.AsCorrectionOf(target)]);
    }

    /// <summary>
    /// Takes in set facts of this session from elsewhere: another kiosk (continuation, the watch) or this
    /// kiosk's own outbox. What counts is decided again from every known fact by Training's
    /// <see cref="SetFold"/>, so a void reopens its set and a set logged on two kiosks counts once. The
    /// set on screen only moves on when it stopped being open, so a member mid-entry keeps their numbers.
    /// </summary>
    public void Apply(IEnumerable<WorkoutFact> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        lock (_gate)
        {
            foreach (var record in records)
            {
                _records[record.Fold.Id] = record;
            }

            Refold();
            if (Current is null || !IsOpen(Current))
            {
                MoveToNextOpenStep();
            }
        }

        NotifyDoneChanged();
    }

    private void Refold()
    {
        var counted = SetFold.Counted(_records.Values, r => r.Fold).ToDictionary(r => r.Fold.Key!.Value);
        _done = [.. counted.Keys];
        _done.UnionWith(_skippedWarmUps);
        _doneSets = [.. Steps.Where(s => counted.ContainsKey(s.Key) && counted[s.Key].Lifted is not null).Select(s => new DoneSet(s, counted[s.Key].Lifted!))];
    }

    private void NotifyDoneChanged()
    {
        OnPropertyChanged(nameof(SetsDone));
        OnPropertyChanged(nameof(Progress));
        OnPropertyChanged(nameof(DoneSets));
        OnPropertyChanged(nameof(CanUndo));
        EditLastSetCommand.NotifyCanExecuteChanged();
        UndoCommand.NotifyCanExecuteChanged();
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
