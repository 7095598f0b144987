using BackLegKiosk.Training.Catalog;

namespace BackLegKiosk.Training.Planning;

/// <summary>The volume cut for one group (R5).</summary>
/// <param name="Region">Legs or back.</param>
/// <param name="SplitDaySets">Working sets on the member's dedicated split day.</param>
/// <param name="PlannedSets">Working sets in today's combined session.</param>
public sealed record GroupVolume(BodyRegion Region, int SplitDaySets, int PlannedSets)
{
    /// <summary>The cut as a percentage of the split-day volume, e.g. 25.0.</summary>
    public double CutPercent => SplitDaySets == 0 ? 0 : 100.0 * (SplitDaySets - PlannedSets) / SplitDaySets;
}
