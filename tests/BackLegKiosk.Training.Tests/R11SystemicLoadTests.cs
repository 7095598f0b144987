using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Tests;

public class R11SystemicLoadTests
{
    [Fact]
    public void R11_Plan_FitsTheBudget()
    {
        var plan = Given.Plan(Given.Advanced(minutes: 90));

        Assert.True(plan.HardSets <= PlannerOptions.Default.MaxHardSets);
        Assert.True(plan.EstimatedMinutes <= 90);
        Assert.Contains(plan.RulesApplied, n => n.RuleId == "R11" && n.Text.Contains("inside the budget", StringComparison.Ordinal));
    }

    [Fact]
    public void R11_LittleTime_TrimsExercisesThenSetsButNotBelowR5()
    {
        var roomy = Given.Plan(Given.Advanced(legs: 20, back: 20, minutes: 120));
        var tight = Given.Plan(Given.Advanced(legs: 20, back: 20, minutes: 50));

        Assert.True(tight.HardSets < roomy.HardSets);
        Assert.Equal(3, tight.ExercisesOf(BodyRegion.Legs).Count());
        Assert.All(tight.Volume, v => Assert.True(v.PlannedSets >= R5VolumeCut.Floor(v.SplitDaySets)));
        Assert.True(tight.EstimatedMinutes <= 50 || tight.Warnings.Any(w => w.RuleId == "R11"));
    }

    [Fact]
    public void R11_EvenR5sFloorDoesNotFit_WarnsInsteadOfBreakingR5()
    {
        var plan = Given.Plan(Given.Advanced(legs: 30, back: 30, minutes: 20));

        var warning = Assert.Single(plan.Warnings, w => w.RuleId == "R11");
        Assert.Contains("consider split days", warning.Text, StringComparison.Ordinal);
        Assert.Equal(ReadinessStatus.GoWithWarnings, plan.Readiness.Status);
        Assert.All(plan.Volume, v => Assert.Equal(R5VolumeCut.Floor(v.SplitDaySets), v.PlannedSets));
    }

    [Fact]
    public void R11_HardSetCap_TrimsVolume()
    {
        var plan = Given.Plan(Given.Advanced(legs: 20, back: 20, minutes: 240), options: PlannerOptions.Default with { MaxHardSets = 28, MaxSessionMinutes = 240 });

        Assert.True(plan.HardSets <= 28);
    }

    [Fact]
    public void R11_EstimateMinutes_GrowsWithSets()
    {
        var plan = Given.Plan(Given.Advanced());
        var superset = plan.Supersets[0];
        var more = superset with { First = superset.First with { WorkingSets = superset.First.WorkingSets + 2 } };

        Assert.True(R11SystemicLoad.EstimateMinutes([more], PlannerOptions.Default) > R11SystemicLoad.EstimateMinutes([superset], PlannerOptions.Default));
    }

    [Fact]
    public void R11_Budget_IsTheSmallerOfTheMembersTimeAndTheCap() =>
        Assert.Equal((30, 120), R11SystemicLoad.Budget(Given.Advanced(minutes: 200) with { Units = WeightUnit.Pounds }, PlannerOptions.Default));
}
