using BackLegKiosk.Training.Sets;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>
/// A done set opened for correction: its numbers, changed with the same steppers as a new set, become a
/// replacement of it. The unit stays the one the set was lifted in.
/// </summary>
public sealed partial class SetEditor : ObservableObject
{
    public SetEditor(DoneSet done, KioskText text)
    {
        ArgumentNullException.ThrowIfNull(done);
        Done = done;
        Text = text;
        Load = done.Set.Load.Value;
        Reps = done.Set.Reps;
        Rpe = done.Set.Rpe;
        Failed = done.Set.Failed;
    }

    public DoneSet Done { get; }

    public KioskText Text { get; }

    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(LoadText))]
    public partial double Load { get; set; }

    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(RepsText), nameof(IsEmpty))]
    public partial int Reps { get; set; }

    [ObservableProperty]
    public partial double? Rpe { get; set; }

    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(IsEmpty))]
    public partial bool Failed { get; set; }

    public string LoadText => Text.Load(Load, KioskText.Unit(Done.Set.Load.Unit));

    public string RepsText => Text.Reps(Reps);

    /// <summary>No reps and not failed: not a set, so it cannot replace one (removing it is the way).</summary>
    public bool IsEmpty => SetEntry.IsEmpty(Reps, Failed);

    /// <summary>The set as corrected, a new fact of its own.</summary>
    public LoggedSet Replacement(Guid factId, DateTimeOffset at) => Done.Set with
    {
        FactId = factId,
        OccurredAt = at,
        Load = Done.Set.Load with { Value = Load },
        Reps = Reps,
        Rpe = Rpe,
        Failed = Failed,
    };

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
    private void ToggleFailed() => Failed = !Failed;
}
