using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Tests;

public class R4TechnicalFirstTests
{
    [Fact]
    public void R4_Order_PutsTheMostTechnicalFirst()
    {
        var ordered = R4TechnicalFirst.Order([Given.Ex("leg-extension"), Given.Ex("leg-press"), Given.Ex("back-squat"), Given.Ex("hack-squat")]).Select(e => e.Id);

        Assert.Equal(["back-squat", "hack-squat", "leg-press", "leg-extension"], ordered);
    }

    [Theory]
    [InlineData(TrainingGoal.LegsPriority)]
    [InlineData(TrainingGoal.BackPriority)]
    public void R4_Plan_EachGroupRunsFromMostToLeastTechnical_ExceptWhereR3Moved(TrainingGoal goal)
    {
        var plan = Given.Plan(Given.Advanced(goal));

        Assert.True(R4TechnicalFirst.IsRespected([.. plan.ExercisesOf(plan.Focus).Select(e => e.Exercise)], fixedPrefix: 1));
        var other = plan.Focus == BodyRegion.Legs ? BodyRegion.Back : BodyRegion.Legs;
        Assert.True(R4TechnicalFirst.IsRespected([.. plan.ExercisesOf(other).Select(e => e.Exercise)], fixedPrefix: 0));
    }

    [Fact]
    public void R4_IsRespected_DetectsAnInversionR3DidNotAskFor() =>
        Assert.False(R4TechnicalFirst.IsRespected([Given.Ex("leg-extension"), Given.Ex("hack-squat")], fixedPrefix: 0));

    [Fact]
    public void R4_IsRespected_AllowsAHeavyErectorLiftMovedLater() =>
        Assert.True(R4TechnicalFirst.IsRespected([Given.Ex("pull-up"), Given.Ex("deadlift")], fixedPrefix: 0));

    [Fact]
    public void R4_Plan_TheMostTechnicalLiftOfTheDayOpens()
    {
        var plan = Given.Plan(Given.Advanced(TrainingGoal.LegsPriority));

        Assert.Equal(5, plan.Supersets[0].First.Exercise.TechnicalDemand);
    }
}
