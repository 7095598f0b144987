using BackLegKiosk.Training.Catalog;

namespace BackLegKiosk.Training.History;

/// <summary>One past session.</summary>
/// <param name="At">When it was trained.</param>
/// <param name="Combined">True for a combined back-and-legs session (R9's weekly cap counts these).</param>
/// <param name="Focus">The priority group of a combined session, if any.</param>
/// <param name="Sets">The sets logged.</param>
public sealed record SessionRecord(DateTimeOffset At, bool Combined, BodyRegion? Focus, IReadOnlyList<SetRecord> Sets)
{
    /// <summary>Working (non-warm-up) sets of one group.</summary>
    public int WorkingSets(BodyRegion region)
    {
        var count = 0;
        for (var i = 0; i < Sets.Count; i++)
        {
            if (!Sets[i].IsWarmUp && Sets[i].Region == region)
            {
                count++;
            }
        }

        return count;
    }
}
