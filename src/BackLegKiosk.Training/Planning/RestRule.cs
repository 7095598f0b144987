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

