using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.History;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Tests;

/// <summary>Members, histories and requests the tests start from.</summary>
internal static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 18, 0, 0, TimeSpan.Zero);

    public static MemberProfile Advanced(TrainingGoal goal = TrainingGoal.LegsPriority, int legs = 16, int back = 14, int minutes = 90) =>
        new(Experience.Advanced, goal, legs, back, 80, new Dictionary<string, double>(), minutes, WeightUnit.Kilograms);

    public static MemberProfile With(this MemberProfile profile, params (string Id, double Kg)[] maxes) =>
        profile with { OneRepMaxesKg = maxes.ToDictionary(m => m.Id, m => m.Kg) };

    public static SessionRecord Combined(double hoursAgo, BodyRegion focus = BodyRegion.Legs) =>
        new(Now.AddHours(-hoursAgo), true, focus,
        [
            .. Enumerable.Repeat(new SetRecord("back-squat", BodyRegion.Legs, 120, 5, 8, false), 4),
            .. Enumerable.Repeat(new SetRecord("pull-up", BodyRegion.Back, 0, 8, 8, false), 4),
        ]);

    public static PlanRequest Request(MemberProfile profile, IReadOnlyList<SessionRecord>? history = null, double sleep = 8, BodyRegion? focus = null) =>
        new(profile, history ?? [], Now, sleep, focus);

    public static SessionPlan Plan(MemberProfile profile, IReadOnlyList<SessionRecord>? history = null, double sleep = 8, BodyRegion? focus = null, PlannerOptions? options = null) =>
        new SessionPlanner(ExerciseCatalog.Default, options ?? PlannerOptions.Default).Plan(Request(profile, history, sleep, focus));

    public static IReadOnlyList<(Exercise First, Exercise Second)> Pairs(this SessionPlan plan) =>
        [.. plan.Supersets.Select(s => (s.First.Exercise, s.Second.Exercise))];

    public static Exercise Ex(string id) => ExerciseCatalog.Default.Get(id);

    /// <summary>
    /// The inversions of technical order within each group (after the focus group's R2 opener) that the
    /// plan's R3 note does not name as a heavy-erector lift moved after the lower-back-sensitive lift.
    /// </summary>
    public static List<string> UnexplainedInversions(this SessionPlan plan)
    {
        var r3 = plan.RulesApplied.Single(n => n.RuleId == R3SpareLowerBack.Id).Text;
        var sensitive = plan.AllExercises().Select(e => e.Exercise).Where(e => e.NeedsFreshLowerBack).ToList();
        return [.. Enum.GetValues<BodyRegion>()
            .SelectMany(region => R4TechnicalFirst.Inversions([.. plan.ExercisesOf(region).Select(e => e.Exercise)], region == plan.Focus ? 1 : 0))
            .Where(x => !(x.Later.LoadsErectorsHeavily && r3.Contains(x.Later.Name, StringComparison.Ordinal) && sensitive.Any(s => r3.Contains($"moved after {s.Name}", StringComparison.Ordinal))))
            .Select(x => $"{x.Earlier.Name} (demand {x.Earlier.TechnicalDemand}) before {x.Later.Name} (demand {x.Later.TechnicalDemand}); R3 says: {r3}")];
    }
}
