using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Vocabulary;

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

    /// <summary>Every field outside its documented limits, named <c>profile.*</c>; empty when the profile is sound.</summary>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new List<ValidationError>();
        Check(Enum.IsDefined(Experience), "profile.experience", $"must be {Words.OneOf<Experience>()}");
        Check(Enum.IsDefined(Goal), "profile.goal", $"must be {Words.OneOf<TrainingGoal>()}");
        Check(Enum.IsDefined(Units), "profile.units", $"must be {Words.OneOf<WeightUnit>()}");
        Check(SplitDaySetsLegs is >= MinSplitDaySets and <= MaxSplitDaySets, "profile.splitDaySetsLegs", SplitDayRange);
        Check(SplitDaySetsBack is >= MinSplitDaySets and <= MaxSplitDaySets, "profile.splitDaySetsBack", SplitDayRange);
        Check(double.IsFinite(BodyWeightKg) && BodyWeightKg is >= 30 and <= 300, "profile.bodyWeightKg", "must be between 30 and 300 kg");
        Check(AvailableMinutes is >= 20 and <= 240, "profile.availableMinutes", "must be between 20 and 240");
        Check(OneRepMaxesKg is not null, "profile.oneRepMaxesKg", "is required (may be empty)");
        foreach (var (id, kg) in OneRepMaxesKg ?? new Dictionary<string, double>())
        {
            Check(id.Length is > 0 and <= 64, $"profile.oneRepMaxesKg[{Trim(id)}]", "must be keyed by an exercise id of 1-64 characters");
            Check(double.IsFinite(kg) && kg is > 0 and <= 600, $"profile.oneRepMaxesKg[{Trim(id)}]", "must be above 0 and at most 600 kg");
        }

        return errors;

        void Check(bool ok, string field, string message)
        {
            if (!ok)
            {
                errors.Add(new ValidationError(field, message));
            }
        }
    }

    private const string SplitDayRange = "must be between 5 and 30";

    private static string Trim(string id) => id.Length <= 64 ? id : id[..64];

    /// <summary>The split-day baseline of one region.</summary>
    public int SplitDaySets(Catalog.BodyRegion region) =>
        region == Catalog.BodyRegion.Legs ? SplitDaySetsLegs : SplitDaySetsBack;
}
