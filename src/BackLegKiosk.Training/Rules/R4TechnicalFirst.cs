using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Planning;

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
    /// True when every inversion of technical order in <paramref name="sequence"/> after position
    /// <paramref name="fixedPrefix"/> is one R3 asked for: a heavy-erector lift moved later, or a
    /// lower-back-sensitive lift moved earlier.
    /// </summary>
    public static bool IsRespected(IReadOnlyList<Exercise> sequence, int fixedPrefix)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        for (var i = fixedPrefix; i < sequence.Count; i++)
        {
            for (var j = i + 1; j < sequence.Count; j++)
            {
                if (sequence[i].TechnicalDemand < sequence[j].TechnicalDemand
                    && !sequence[j].LoadsErectorsHeavily && !sequence[i].NeedsFreshLowerBack)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The note a plan carries for R4.</summary>
    public static RuleNote Explain(IReadOnlyList<Exercise> legs, IReadOnlyList<Exercise> back)
    {
        ArgumentNullException.ThrowIfNull(legs);
        ArgumentNullException.ThrowIfNull(back);
        return new RuleNote(Id, $"Most technical first within each group: legs {string.Join(" > ", legs.Select(e => e.Name))}; back {string.Join(" > ", back.Select(e => e.Name))}.");
    }
}
