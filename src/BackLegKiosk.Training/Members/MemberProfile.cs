using BackLegKiosk.Training.Planning;

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
        List<ValidationError>? errors = null;
        var p = this;
        if (!Enum.IsDefined(p.Experience))
        {
            Add("profile.experience", "must be beginner, intermediate or advanced");
        }

        if (!Enum.IsDefined(p.Goal))
        {
            Add("profile.goal", "must be legs-priority, back-priority, strength or limited-time");
        }

        if (!Enum.IsDefined(p.Units))
        {
            Add("profile.units", "must be kg or lb");
        }

        if (p.SplitDaySetsLegs is < MemberProfile.MinSplitDaySets or > MemberProfile.MaxSplitDaySets)
        {
            Add("profile.splitDaySetsLegs", SplitDayRange);
        }

        if (p.SplitDaySetsBack is < MemberProfile.MinSplitDaySets or > MemberProfile.MaxSplitDaySets)
        {
            Add("profile.splitDaySetsBack", SplitDayRange);
        }

        if (!double.IsFinite(p.BodyWeightKg) || p.BodyWeightKg is < 30 or > 300)
        {
            Add("profile.bodyWeightKg", "must be between 30 and 300 kg");
        }

        if (p.AvailableMinutes is < 20 or > 240)
        {
            Add("profile.availableMinutes", "must be between 20 and 240");
        }

        if (p.OneRepMaxesKg is null)
        {
            Add("profile.oneRepMaxesKg", "is required (may be empty)");
        }
        else
        {
            foreach (var (id, kg) in p.OneRepMaxesKg)
            {
                if (id.Length is 0 or > 64)
                {
                    Add($"profile.oneRepMaxesKg[{Trim(id)}]", "must be keyed by an exercise id of 1-64 characters");
                }

                if (!double.IsFinite(kg) || kg is <= 0 or > 600)
                {
                    Add($"profile.oneRepMaxesKg[{Trim(id)}]", "must be above 0 and at most 600 kg");
                }
            }
        }

        return errors ?? (IReadOnlyList<ValidationError>)[];

        void Add(string field, string message) => (errors ??= []).Add(new ValidationError(field, message));
    }

    private const string SplitDayRange = "must be between 5 and 30";

    private static string Trim(string id) => id.Length <= 64 ? id : id[..64];

    /// <summary>The split-day baseline of one region.</summary>
    public int SplitDaySets(Catalog.BodyRegion region) =>
        region == Catalog.BodyRegion.Legs ? SplitDaySetsLegs : SplitDaySetsBack;
}
