using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Tests;

public class R7FewerExercisesTests
{
    [Theory]
    [InlineData(12, 11, TrainingGoal.LegsPriority, 4)]
    [InlineData(8, 8, TrainingGoal.Strength, 4)]
    [InlineData(7, 12, TrainingGoal.Strength, 3)]
    [InlineData(4, 4, TrainingGoal.BackPriority, 3)]
    [InlineData(20, 20, TrainingGoal.LimitedTime, 3)]
    public void R7_ExercisesPerGroup(int legs, int back, TrainingGoal goal, int expected) =>
        Assert.Equal(expected, R7FewerExercises.ExercisesPerGroup(legs, back, goal));

    [Fact]
    public void R7_Distribute_GivesTheRemainderToTheEarlierExercises() =>
        Assert.Equal([4, 4, 3], R7FewerExercises.Distribute(11, 3));

    [Fact]
    public void R7_Distribute_FewerSetsThanExercises_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => R7FewerExercises.Distribute(2, 3));

    [Theory]
    [InlineData(TrainingGoal.LegsPriority, 4)]
    [InlineData(TrainingGoal.LimitedTime, 3)]
    public void R7_Plan_HasThreeOrFourExercisesPerGroupInsteadOfFive(TrainingGoal goal, int expected)
    {
        var plan = Given.Plan(Given.Advanced(goal));

        Assert.Equal(expected, plan.ExercisesOf(BodyRegion.Legs).Count());
        Assert.Equal(expected, plan.ExercisesOf(BodyRegion.Back).Count());
        Assert.Equal(plan.AllExercises().Count(), plan.AllExercises().Select(e => e.Exercise.Id).Distinct().Count());
    }
}
