using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>Two exercises done alternately (R1), with the rests the planner set for them.</summary>
/// <param name="Label">A, B, C, ...</param>
/// <param name="First">Slot 1.</param>
/// <param name="Second">Slot 2.</param>
/// <param name="ShortRestSeconds">Rest between the two exercises of a round.</param>
/// <param name="FullRestSeconds">Rest after a round.</param>
/// <param name="FailedSetExtraSeconds">Added after a set that fell short.</param>
public sealed record WorkoutSuperset(
    string Label,
    WorkoutExercise First,
    WorkoutExercise Second,
    int ShortRestSeconds,
    int FullRestSeconds,
    int FailedSetExtraSeconds)
{
    /// <summary>What Training's <see cref="RestRule"/> needs to know of this superset.</summary>
    public SupersetRests Rests => new(
        First.WorkingSets,
        Second.WorkingSets,
        ShortRestSeconds,
        FullRestSeconds,
        First.RestSeconds,
        Second.RestSeconds,
        FailedSetExtraSeconds);
}
