using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Training.Rules;

/// <summary>
/// R3: fatiguing the lower back with heavy rows or deadlifts before a back squat compromises core
/// stability. A lower-back-sensitive lift (the back squat) never comes after a lift that loads the
/// spinal erectors heavily, counting the partner of its own superset, whose sets interleave with it.
/// When the session opens with such a lift, the sensitive lift is swapped for a low-erector movement.
/// </summary>
public static class R3SpareLowerBack
{
    /// <summary>Rule id.</summary>
    public const string Id = "R3";

    /// <summary>Rule name.</summary>
    public const string Name = "Spare the lower back";

    /// <summary>True when opening with <paramref name="opener"/> rules out every lower-back-sensitive lift for the day.</summary>
    public static bool ExcludesSensitiveLifts(Exercise opener)
    {
        ArgumentNullException.ThrowIfNull(opener);
        return opener.LoadsErectorsHeavily;
    }

    /// <summary>Every place in a session order where a lower-back-sensitive lift follows a heavy-erector lift.</summary>
    public static IReadOnlyList<string> Violations(IReadOnlyList<(Exercise First, Exercise Second)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var found = new List<string>();
        for (var k = 0; k < pairs.Count; k++)
        {
            foreach (var sensitive in Both(pairs[k]).Where(e => e.NeedsFreshLowerBack))
            {
                for (var m = 0; m <= k; m++)
                {
                    foreach (var heavy in Both(pairs[m]).Where(e => e.LoadsErectorsHeavily && !ReferenceEquals(e, sensitive)))
                    {
                        found.Add($"{sensitive.Name} (superset {R1Alternate.Label(k)}) comes after {heavy.Name} (superset {R1Alternate.Label(m)})");
                    }
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Orders the two groups so no sensitive lift follows a heavy-erector lift and, where the lists allow,
    /// no superset pairs two heavy-erector lifts. The first <paramref name="focus"/> item (the R2 opener)
    /// stays first. Returns null when no order works; the planner then swaps the sensitive lift out.
    /// </summary>
    public static (List<Exercise> Focus, List<Exercise> Other)? Arrange(IReadOnlyList<Exercise> focus, IReadOnlyList<Exercise> other)
    {
        ArgumentNullException.ThrowIfNull(focus);
        ArgumentNullException.ThrowIfNull(other);
        var f = focus.ToList();
        var o = other.ToList();
        SensitiveBeforeHeavy(f, fixedPrefix: 1);
        SensitiveBeforeHeavy(o, fixedPrefix: 0);

        var lastSensitive = Math.Max(f.FindLastIndex(e => e.NeedsFreshLowerBack), o.FindLastIndex(e => e.NeedsFreshLowerBack));
        if (lastSensitive >= 0
            && (!ClearHeavyThrough(f, lastSensitive, fixedPrefix: 1) || !ClearHeavyThrough(o, lastSensitive, fixedPrefix: 0)))
        {
            return null;
        }

        SpreadHeavyPairs(f, o);
        return Violations(R1Alternate.Pair(f, o)).Count == 0 ? (f, o) : null;
    }

    /// <summary>The note a plan carries for R3.</summary>
    public static RuleNote Explain(IReadOnlyList<(Exercise First, Exercise Second)> pairs, Exercise? swappedOut, Exercise? swappedIn)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var opener = pairs[0].First;
        if (swappedOut is not null)
        {
            var instead = swappedIn is null ? "a low-erector leg movement" : swappedIn.Name;
            return new RuleNote(Id, $"{swappedOut.Name} swapped for {instead}: the session opens with {opener.Name}, which loads the spinal erectors heavily, and a squat after it risks form breakdown.");
        }

        var order = pairs.SelectMany(Both).ToList();
        var sensitive = order.FirstOrDefault(e => e.NeedsFreshLowerBack);
        if (sensitive is null)
        {
            return new RuleNote(Id, "No lower-back-sensitive lift today, so heavy-erector lifts may go anywhere.");
        }

        var heavy = order.Where(e => e.LoadsErectorsHeavily).Select(e => e.Name).ToList();
        return heavy.Count == 0
            ? new RuleNote(Id, $"{sensitive.Name} is the only lift that needs a fresh lower back, and nothing today loads the erectors heavily.")
            : new RuleNote(Id, $"{string.Join(" and ", heavy)} come after {sensitive.Name} has finished, so the lower back is fresh for it.");
    }

    private static IEnumerable<Exercise> Both((Exercise First, Exercise Second) pair) => [pair.First, pair.Second];

    private static void SensitiveBeforeHeavy(List<Exercise> list, int fixedPrefix)
    {
        if (!list.Any(e => e.NeedsFreshLowerBack) || list.Count <= fixedPrefix)
        {
            return;
        }

        var rest = list.Skip(fixedPrefix).OrderBy(e => e.NeedsFreshLowerBack ? 0 : e.LoadsErectorsHeavily ? 2 : 1).ToList();
        list.RemoveRange(fixedPrefix, list.Count - fixedPrefix);
        list.AddRange(rest);
    }

    private static bool ClearHeavyThrough(List<Exercise> list, int lastIndex, int fixedPrefix)
    {
        for (var position = 0; position <= lastIndex && position < list.Count; position++)
        {
            if (!list[position].LoadsErectorsHeavily || list[position].NeedsFreshLowerBack)
            {
                continue;
            }

            var next = position < fixedPrefix ? -1 : list.FindIndex(position + 1, e => !e.LoadsErectorsHeavily);
            if (next < 0)
            {
                return false;
            }

            var light = list[next];
            list.RemoveAt(next);
            list.Insert(position, light);
        }

        return true;
    }

    /// <summary>Two heavy-erector lifts in one superset would load the lower back with no rest between them.</summary>
    private static void SpreadHeavyPairs(List<Exercise> focus, List<Exercise> other)
    {
        for (var k = 0; k < focus.Count; k++)
        {
            if (focus[k].LoadsErectorsHeavily && other[k].LoadsErectorsHeavily
                && !TrySwapLater(other, k, focus, other) && k > 0)
            {
                TrySwapLater(focus, k, focus, other);
            }
        }
    }

    private static bool TrySwapLater(List<Exercise> list, int k, List<Exercise> focus, List<Exercise> other)
    {
        var partner = ReferenceEquals(list, focus) ? other : focus;
        for (var j = k + 1; j < list.Count; j++)
        {
            if (list[j].LoadsErectorsHeavily || partner[j].LoadsErectorsHeavily)
            {
                continue;
            }

            (list[k], list[j]) = (list[j], list[k]);
            if (Violations(R1Alternate.Pair(focus, other)).Count == 0)
            {
                return true;
            }

            (list[k], list[j]) = (list[j], list[k]);
        }

        return false;
    }
}
