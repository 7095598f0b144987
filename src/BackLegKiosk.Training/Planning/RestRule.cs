namespace BackLegKiosk.Training.Planning;

/// <summary>
/// How long to rest after a set of a superset (R1): short before the partner's set, full before slot 1
/// again, the exercise's own rest for a straight set once its partner is done, and longer after a failed
/// set. The planner and the kiosk both ask this one rule.
/// </summary>
public static class RestRule
{
    /// <summary>Rest in seconds after set <paramref name="setNumber"/> (1-based) of slot 1 or 2.</summary>
    /// <param name="superset">The rest figures and set counts of the superset.</param>
    /// <param name="slot">1 or 2.</param>
    /// <param name="setNumber">Which working set just ended, from 1.</param>
    /// <param name="failed">True when the set missed its rep target.</param>
    public static int After(SupersetRests superset, int slot, int setNumber, bool failed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slot, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(slot, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(setNumber, 1);
        var rest = slot == 1
            ? (setNumber <= superset.SecondSets ? superset.ShortRestSeconds : superset.FirstRestSeconds)
            : (setNumber < superset.FirstSets ? superset.FullRestSeconds : superset.SecondRestSeconds);
        return failed ? rest + superset.FailedSetExtraSeconds : rest;
    }
}

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
