using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Notes;

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
    /// Keeps both groups in their given (R4) order and moves only what R3 needs moved: each heavy-erector
    /// lift that would come before, or beside, the last lower-back-sensitive lift goes to just after that
    /// lift's superset, keeping its place among the others it moved with. The first <paramref name="focus"/>
    /// item (the R2 opener) stays first. Returns null when no order works; the planner then swaps the
    /// sensitive lift out.
    /// </summary>
    public static (List<Exercise> Focus, List<Exercise> Other)? Arrange(IReadOnlyList<Exercise> focus, IReadOnlyList<Exercise> other)
    {
        ArgumentNullException.ThrowIfNull(focus);
        ArgumentNullException.ThrowIfNull(other);
        var f = focus.ToList();
        var o = other.ToList();
        var last = Math.Max(f.FindLastIndex(e => e.NeedsFreshLowerBack), o.FindLastIndex(e => e.NeedsFreshLowerBack));
        if (last >= 0 && !(MoveAfter(f, last, fixedPrefix: 1) && MoveAfter(o, last, fixedPrefix: 0)))
        {
            return null;
        }

        return Violations(R1Alternate.Pair(f, o)).Count == 0 ? (f, o) : null;
    }

    /// <summary>
    /// The heavy-erector lifts of one group's <paramref name="arranged"/> order that stand later than in its
    /// R4 order <paramref name="byDemand"/>, each with the <paramref name="sensitive"/> lift it was moved
    /// behind: the exceptions R4 allows, which the plan must name.
    /// </summary>
    public static IReadOnlyList<(Exercise Moved, Exercise Behind)> Moved(IReadOnlyList<Exercise> arranged, IReadOnlyList<Exercise> byDemand, Exercise? sensitive)
    {
        ArgumentNullException.ThrowIfNull(arranged);
        ArgumentNullException.ThrowIfNull(byDemand);
        return sensitive is null ? [] : [.. arranged.Where((e, i) => e.LoadsErectorsHeavily && i > IndexOf(byDemand, e)).Select(e => (e, sensitive))];
    }

    /// <summary>The note a plan carries for R3.</summary>
    /// <param name="pairs">The session's supersets.</param>
    /// <param name="swappedOut">The sensitive lift swapped out, if the day opens with a heavy-erector lift.</param>
    /// <param name="swappedIn">What took its place.</param>
    /// <param name="moved">Each heavy-erector lift moved later than R4 alone would place it, and the lift it was moved behind.</param>
    public static RuleNote Explain(IReadOnlyList<(Exercise First, Exercise Second)> pairs, Exercise? swappedOut, Exercise? swappedIn, IReadOnlyList<(Exercise Moved, Exercise Behind)> moved)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(moved);
        var opener = pairs[0].First;
        if (swappedOut is not null)
        {
            return swappedIn is null
                ? new RuleNote(Id, "R3.SwappedForLowErector", [NoteValue.Text("out", swappedOut.Name), NoteValue.Text("opener", opener.Name)])
                : new RuleNote(Id, "R3.Swapped", [NoteValue.Text("out", swappedOut.Name), NoteValue.Text("in", swappedIn.Name), NoteValue.Text("opener", opener.Name)]);
        }

        var order = pairs.SelectMany(Both).ToList();
        var sensitive = order.FirstOrDefault(e => e.NeedsFreshLowerBack);
        if (sensitive is null)
        {
            return new RuleNote(Id, "R3.NothingSensitive", []);
        }

        if (moved.Count > 0)
        {
            return new RuleNote(Id, "R3.Moved", [NoteValue.Names("moved", moved.Select(m => m.Moved.Name), NoteJoin.And), NoteValue.Text("behind", moved[0].Behind.Name)]);
        }

        var heavy = order.Where(e => e.LoadsErectorsHeavily).Select(e => e.Name).ToList();
        return heavy.Count == 0
            ? new RuleNote(Id, "R3.OnlySensitive", [NoteValue.Text("sensitive", sensitive.Name)])
            : new RuleNote(Id, "R3.HeavyAfter", [NoteValue.Names("heavy", heavy, NoteJoin.And), NoteValue.Text("sensitive", sensitive.Name)]);
    }

    /// <summary>Whether <paramref name="note"/> says the sensitive lift was swapped out: a choice of lifts, which no later reordering undoes.</summary>
    public static bool IsSwap(RuleNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.Kind is "R3.Swapped" or "R3.SwappedForLowErector";
    }

    private static IEnumerable<Exercise> Both((Exercise First, Exercise Second) pair) => [pair.First, pair.Second];

    /// <summary>
    /// Makes supersets up to <paramref name="last"/> free of heavy-erector lifts by taking the lightest
    /// change: the first light lifts, in their order, fill those places, and everything else follows in
    /// the order it stood. So a heavy lift moves only as far as just after <paramref name="last"/>, and
    /// nothing else changes its order. False when the list has too few light lifts.
    /// </summary>
    private static bool MoveAfter(List<Exercise> list, int last, int fixedPrefix)
    {
        var needed = last + 1 - fixedPrefix;
        var pool = list.Skip(fixedPrefix).ToList();
        var light = pool.Where(e => !IsHeavy(e)).Take(needed).ToList();
        if (needed <= 0 || pool.Take(needed).All(e => !IsHeavy(e)))
        {
            return true;
        }

        if (light.Count < needed)
        {
            return false;
        }

        var head = list.Take(fixedPrefix).ToList();
        list.Clear();
        list.AddRange([.. head, .. light, .. pool.Where(e => !light.Contains(e))]);
        return true;
    }

    /// <summary>Heavy on the erectors and not itself the lift R3 protects.</summary>
    private static bool IsHeavy(Exercise exercise) => exercise.LoadsErectorsHeavily && !exercise.NeedsFreshLowerBack;

    private static int IndexOf(IReadOnlyList<Exercise> list, Exercise exercise)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], exercise))
            {
                return i;
            }
        }

        return -1;
    }
}
