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

        Assert.Empty(plan.UnexplainedInversions());
    }

    [Fact]
    public void R4_Inversions_FindsALiftBeforeAMoreTechnicalOne() =>
        Assert.Equal([(Given.Ex("leg-extension"), Given.Ex("hack-squat"))], R4TechnicalFirst.Inversions([Given.Ex("leg-extension"), Given.Ex("hack-squat")], fixedPrefix: 0));

    [Fact]
    public void R4_AdvancedLegsFocus16And14_KeepsTechnicalOrderInBothGroups_AndNamesTheOneMoveR3Made()
    {
        // The back squat opens, so nothing R3 protects follows Good morning: it keeps its technical place.
        // Barbell row ties Weighted pull-up on demand and would sit beside the squat in superset A; R3
        // moves it one superset later, and both notes say so.
        var plan = Given.Plan(Given.Advanced(TrainingGoal.LegsPriority, legs: 16, back: 14));

        foreach (var region in Enum.GetValues<BodyRegion>())
        {
            var demand = plan.ExercisesOf(region).Select(e => e.Exercise.TechnicalDemand).ToList();
            Assert.Equal(demand.OrderByDescending(d => d), demand);
        }

        Assert.Equal("Good morning", plan.Supersets[1].First.Exercise.Name);
        Assert.StartsWith("Barbell row moved after Back squat", plan.RulesApplied.Single(n => n.RuleId == "R3").Text, StringComparison.Ordinal);
        Assert.StartsWith("Most technical first within each group, except the lift R3 moved later", plan.RulesApplied.Single(n => n.RuleId == R4TechnicalFirst.Id).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void R4_Plan_TheMostTechnicalLiftOfTheDayOpens()
    {
        var plan = Given.Plan(Given.Advanced(TrainingGoal.LegsPriority));

        Assert.Equal(5, plan.Supersets[0].First.Exercise.TechnicalDemand);
    }
}
