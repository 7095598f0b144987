using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Notes;

namespace BackLegKiosk.Training.Rules;

/// <summary>R4: the most technically demanding exercises, which need the highest neural input, come first.</summary>
public static class R4TechnicalFirst
{
    /// <summary>Rule id.</summary>
    public const string Id = "R4";

    /// <summary>Rule name.</summary>
    public const string Name = "Technical first";

    /// <summary>Highest technical demand first; compound before isolation; then by id, so the order is total and repeatable.</summary>
    public static IOrderedEnumerable<Exercise> Order(IEnumerable<Exercise> exercises) =>
        exercises
            .OrderByDescending(e => e.TechnicalDemand)
            .ThenBy(e => e.IsCompound ? 0 : 1)
            .ThenBy(e => e.Id, StringComparer.Ordinal);

    /// <summary>
    /// Every pair in <paramref name="sequence"/>, after its first <paramref name="fixedPrefix"/> items,
    /// where a lift comes before one of higher technical demand: what only R3 may cause, and must name.
    /// </summary>
    public static IReadOnlyList<(Exercise Earlier, Exercise Later)> Inversions(IReadOnlyList<Exercise> sequence, int fixedPrefix)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        var found = new List<(Exercise, Exercise)>();
        for (var i = fixedPrefix; i < sequence.Count; i++)
        {
            for (var j = i + 1; j < sequence.Count; j++)
            {
                if (sequence[i].TechnicalDemand < sequence[j].TechnicalDemand)
                {
                    found.Add((sequence[i], sequence[j]));
                }
            }
        }

        return found;
    }

    /// <summary>The note a plan carries for R4: the order each group has, and whether R3 moved a lift out of it.</summary>
    public static RuleNote Explain(IReadOnlyList<Exercise> legs, IReadOnlyList<Exercise> back, bool r3Moved)
    {
        ArgumentNullException.ThrowIfNull(legs);
        ArgumentNullException.ThrowIfNull(back);
        return new RuleNote(Id, r3Moved ? "R4.OrderExceptMoved" : "R4.Order",
            [NoteValue.Names("legs", legs.Select(e => e.Name), NoteJoin.Then), NoteValue.Names("back", back.Select(e => e.Name), NoteJoin.Then)]);
    }
}
