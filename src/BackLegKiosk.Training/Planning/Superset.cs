namespace BackLegKiosk.Training.Planning;

/// <summary>
/// A pair done in alternation (R1): a set of <see cref="First"/>, a short rest, a set of
/// <see cref="Second"/>, a full rest, and again. Left-over sets of the longer one are straight sets.
/// </summary>
/// <param name="Label">A, B, C or D.</param>
/// <param name="First">Slot 1: the day's focus group.</param>
/// <param name="Second">Slot 2: the other group.</param>
/// <param name="ShortRestSeconds">Rest between slot 1 and slot 2, while the first group recovers.</param>
/// <param name="FullRestSeconds">Rest after the pair, before slot 1 again.</param>
/// <param name="FailedSetExtraSeconds">Added to the rest after a set that missed its reps.</param>
public sealed record Superset(
    string Label,
    PlannedExercise First,
    PlannedExercise Second,
    int ShortRestSeconds,
    int FullRestSeconds,
    int FailedSetExtraSeconds)
{
    /// <summary>
    /// Rest after set <paramref name="setNumber"/> (1-based) of slot 1 or 2: short before the partner's set,
    /// full before slot 1 again, the exercise's own rest for a straight set once its partner is done,
    /// and longer after a failed set.
    /// </summary>
    /// <param name="slot">1 or 2.</param>
    /// <param name="setNumber">Which working set just ended, from 1.</param>
    /// <param name="failed">True when the set missed its rep target.</param>
    public int RestAfterSet(int slot, int setNumber, bool failed) => RestRule.After(Rests, slot, setNumber, failed);

    /// <summary>The figures the rest rule needs.</summary>
    public SupersetRests Rests => new(
        First.WorkingSets,
        Second.WorkingSets,
        ShortRestSeconds,
        FullRestSeconds,
        First.Exercise.RestSeconds,
        Second.Exercise.RestSeconds,
        FailedSetExtraSeconds);

    /// <summary>Working sets of both slots.</summary>
    public int WorkingSets => First.WorkingSets + Second.WorkingSets;
}
