namespace BackLegKiosk.Training.Members;

/// <summary>What the planner knows about a member.</summary>
/// <param name="Experience">Training age (R8).</param>
/// <param name="Goal">What the member trains for (R2, R7).</param>
/// <param name="SplitDaySetsLegs">Working sets of legs on the member's dedicated leg day: the baseline R5 cuts from.</param>
/// <param name="SplitDaySetsBack">Working sets of back on the member's dedicated back day: the baseline R5 cuts from.</param>
/// <param name="BodyWeightKg">Body weight in kilograms (R10 nutrition).</param>
/// <param name="OneRepMaxesKg">Known or tested one-rep maxes by exercise id, in kilograms; history fills the gaps.</param>
/// <param name="AvailableMinutes">How long the member can stay today (R11).</param>
/// <param name="Units">The unit the member reads loads in.</param>
public sealed record MemberProfile(
    Experience Experience,
    TrainingGoal Goal,
    int SplitDaySetsLegs,
    int SplitDaySetsBack,
    double BodyWeightKg,
    IReadOnlyDictionary<string, double> OneRepMaxesKg,
    int AvailableMinutes,
    WeightUnit Units)
{
    /// <summary>Smallest split-day baseline: below it a 20-30% cut leaves too few sets for three exercises (R5, R7).</summary>
    public const int MinSplitDaySets = 5;

    /// <summary>Largest split-day baseline accepted.</summary>
    public const int MaxSplitDaySets = 30;

    /// <summary>The split-day baseline of one region.</summary>
    public int SplitDaySets(Catalog.BodyRegion region) =>
        region == Catalog.BodyRegion.Legs ? SplitDaySetsLegs : SplitDaySetsBack;
}
