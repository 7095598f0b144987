using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Tests;

public class R3SpareLowerBackTests
{
    [Fact]
    public void R3_BackFocusOpensWithDeadlift_NoBackSquat_AndThePlanSaysWhy()
    {
        var plan = Given.Plan(Given.Advanced(TrainingGoal.BackPriority));

        Assert.True(plan.Supersets[0].First.Exercise.LoadsErectorsHeavily);
        Assert.DoesNotContain(plan.AllExercises(), e => e.Exercise.NeedsFreshLowerBack);
        var note = Assert.Single(plan.RulesApplied, n => n.RuleId == "R3");
        Assert.StartsWith("Back squat swapped for ", note.Text, StringComparison.Ordinal);
        var swappedIn = plan.ExercisesOf(BodyRegion.Legs).Select(e => e.Exercise).Single(e => note.Text.Contains($"swapped for {e.Name}:", StringComparison.Ordinal));
        Assert.False(swappedIn.LoadsErectorsHeavily);
        Assert.Contains(swappedIn.Pattern, new[] { MovementPattern.KneeDominantMachine, MovementPattern.SingleLeg, MovementPattern.Squat });
    }

    [Fact]
    public void R3_LegsFocus_HeavyErectorLiftsComeOnlyAfterTheSquat()
    {
        var plan = Given.Plan(Given.Advanced(TrainingGoal.LegsPriority));

        Assert.Equal("back-squat", plan.Supersets[0].First.Exercise.Id);
        Assert.False(plan.Supersets[0].Second.Exercise.LoadsErectorsHeavily);
        Assert.Empty(R3SpareLowerBack.Violations(plan.Pairs()));
    }

    [Fact]
    public void R3_Violations_CountsThePartnerOfTheSameSuperset()
    {
        var violations = R3SpareLowerBack.Violations([(Given.Ex("back-squat"), Given.Ex("barbell-row"))]);

        Assert.Single(violations);
    }

    [Fact]
    public void R3_Violations_FindsASquatAfterAnEarlierDeadlift()
    {
        var violations = R3SpareLowerBack.Violations(
        [
            (Given.Ex("leg-press"), Given.Ex("deadlift")),
            (Given.Ex("back-squat"), Given.Ex("pull-up")),
        ]);

        Assert.Contains(violations, v => v.Contains("Back squat (superset B) comes after Conventional deadlift (superset A)", StringComparison.Ordinal));
    }

    [Fact]
    public void R3_Violations_AllowsHeavyLiftsAfterTheSquat() =>
        Assert.Empty(R3SpareLowerBack.Violations(
        [
            (Given.Ex("back-squat"), Given.Ex("pull-up")),
            (Given.Ex("romanian-deadlift"), Given.Ex("deadlift")),
        ]));

    [Fact]
    public void R3_Arrange_MovesHeavyBackLiftsBehindTheSquat()
    {
        var arranged = R3SpareLowerBack.Arrange(
            [Given.Ex("back-squat"), Given.Ex("bulgarian-split-squat"), Given.Ex("leg-press")],
            [Given.Ex("deadlift"), Given.Ex("pull-up"), Given.Ex("lat-pulldown")]);

        Assert.NotNull(arranged);
        Assert.Equal("pull-up", arranged.Value.Other[0].Id);
        Assert.Empty(R3SpareLowerBack.Violations(R1Alternate.Pair(arranged.Value.Focus, arranged.Value.Other)));
    }

    [Fact]
    public void R3_Arrange_HeavyOpenerBeforeASquat_CannotBeArranged() =>
        Assert.Null(R3SpareLowerBack.Arrange(
            [Given.Ex("deadlift"), Given.Ex("pull-up"), Given.Ex("lat-pulldown")],
            [Given.Ex("back-squat"), Given.Ex("leg-press"), Given.Ex("leg-extension")]));

    [Fact]
    public void R3_Arrange_MovesAHeavyLiftOnlyJustPastTheSquat_AndNamesTheMove()
    {
        List<Exercise> legs = [Given.Ex("leg-press"), Given.Ex("back-squat"), Given.Ex("hack-squat"), Given.Ex("leg-extension")];
        List<Exercise> back = [Given.Ex("deadlift"), Given.Ex("weighted-pull-up"), Given.Ex("chin-up"), Given.Ex("lat-pulldown")];

        var arranged = R3SpareLowerBack.Arrange(legs, back)!.Value;

        Assert.Equal(legs, arranged.Focus);
        Assert.Equal(["weighted-pull-up", "chin-up", "deadlift", "lat-pulldown"], arranged.Other.Select(e => e.Id));
        Assert.Equal([(Given.Ex("deadlift"), Given.Ex("back-squat"))], R3SpareLowerBack.Moved(arranged.Other, back, Given.Ex("back-squat")));
    }

    [Fact]
    public void R3_Plan_KeepsHeavyErectorLiftsWithinTheLimit()
    {
        var plan = Given.Plan(Given.Advanced(TrainingGoal.BackPriority));

        Assert.True(plan.AllExercises().Count(e => e.Exercise.LoadsErectorsHeavily) <= Planning.PlannerOptions.Default.MaxHeavyErectorLifts);
    }
}
