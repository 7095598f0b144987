namespace BackLegKiosk.Training.Planning;

/// <summary>The figures <see cref="RestRule"/> needs about one superset.</summary>
/// <param name="FirstSets">Working sets of slot 1.</param>
/// <param name="SecondSets">Working sets of slot 2.</param>
/// <param name="ShortRestSeconds">Rest between slot 1 and slot 2.</param>
/// <param name="FullRestSeconds">Rest after the pair.</param>
/// <param name="FirstRestSeconds">Slot 1's own rest, for its straight sets.</param>
/// <param name="SecondRestSeconds">Slot 2's own rest, for its straight sets.</param>
/// <param name="FailedSetExtraSeconds">Added after a failed set.</param>
public readonly record struct SupersetRests(
    int FirstSets,
    int SecondSets,
    int ShortRestSeconds,
    int FullRestSeconds,
    int FirstRestSeconds,
    int SecondRestSeconds,
    int FailedSetExtraSeconds);
