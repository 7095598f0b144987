using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Training.Rules;

/// <summary>
/// R1: alternate a lower-body movement with an upper-body pull ("a heavy set of squats followed by a
/// set of pull-ups"), so each group gets a recovery window while the other works.
/// </summary>
public static class R1Alternate
{
    /// <summary>Rule id.</summary>
    public const string Id = "R1";

    /// <summary>Rule name.</summary>
    public const string Name = "Alternate";

    /// <summary>Pairs the i-th exercise of the focus group with the i-th of the other group.</summary>
    /// <exception cref="ArgumentException">The lists differ in length or do not come from two different groups.</exception>
    public static IReadOnlyList<(Exercise First, Exercise Second)> Pair(IReadOnlyList<Exercise> focus, IReadOnlyList<Exercise> other)
    {
        ArgumentNullException.ThrowIfNull(focus);
        ArgumentNullException.ThrowIfNull(other);
        if (focus.Count != other.Count)
        {
            throw new ArgumentException("Both groups need the same number of exercises to pair them.", nameof(other));
        }

        var pairs = new (Exercise, Exercise)[focus.Count];
        for (var i = 0; i < focus.Count; i++)
        {
            if (focus[i].Region == other[i].Region)
            {
                throw new ArgumentException($"'{focus[i].Id}' and '{other[i].Id}' train the same group; a superset pairs legs with back.", nameof(other));
            }

            pairs[i] = (focus[i], other[i]);
        }

        return pairs;
    }

    /// <summary>True when the superset pairs one legs movement with one back movement.</summary>
    public static bool Alternates(Superset superset)
    {
        ArgumentNullException.ThrowIfNull(superset);
        return superset.First.Exercise.Region != superset.Second.Exercise.Region;
    }

    /// <summary>The letters of the i-th superset: A for 0, … Z, then AA, AB (an imported workout can hold more than a plan).</summary>
    public static string Label(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + (index / 26) - 1)}{(char)('A' + (index % 26))}";
    }

    /// <summary>The superset a slot belongs to: A1 and A2 are superset A's.</summary>
    public static string SupersetOf(string slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return slot[..^1];
    }

    /// <summary>The note a plan carries for R1.</summary>
    public static RuleNote Explain(IReadOnlyList<Superset> supersets)
    {
        ArgumentNullException.ThrowIfNull(supersets);
        var first = supersets[0];
        return new RuleNote(Id, "R1.Alternate",
        [
            NoteValue.Number("count", supersets.Count),
            NoteValue.Text("firstSlot", first.First.Slot),
            NoteValue.Text("first", first.First.Exercise.Name),
            NoteValue.Text("secondSlot", first.Second.Slot),
            NoteValue.Text("second", first.Second.Exercise.Name),
        ]);
    }
}
