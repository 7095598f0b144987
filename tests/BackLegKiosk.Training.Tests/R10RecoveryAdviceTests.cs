using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Tests;

public class R10RecoveryAdviceTests
{
    [Fact]
    public void R10_ShortSleepLastNight_IsWarnedAtCheckIn()
    {
        var plan = Given.Plan(Given.Advanced(), sleep: 5.5);

        Assert.Equal(ReadinessStatus.GoWithWarnings, plan.Readiness.Status);
        var warning = Assert.Single(plan.Warnings, w => w.RuleId == "R10");
        Assert.Contains("You slept 5.5 h", warning.Text, StringComparison.Ordinal);
        Assert.Contains("7-9 h tonight", warning.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void R10_SevenHours_IsEnough() =>
        Assert.Null(R10RecoveryAdvice.SleepCheck(7, PlannerOptions.Default));

    [Theory]
    [InlineData(80, 32, 80)]
    [InlineData(100, 40, 100)]
    [InlineData(55, 22, 55)]
    public void R10_Advice_ScalesProteinAndCarbohydrateToBodyWeight(double kg, int protein, int carbs)
    {
        var advice = new SessionPlanner().Recover(Given.Advanced() with { BodyWeightKg = kg }, 8, Given.Now);

        Assert.Equal(protein, advice.ProteinGrams);
        Assert.Equal(carbs, advice.CarbohydrateGrams);
        Assert.Equal((7, 9), (advice.SleepTargetMinHours, advice.SleepTargetMaxHours));
        Assert.Equal(Given.Now.AddHours(48), advice.NextHardSessionFrom);
        Assert.Contains(advice.Notes, n => n.Text.Contains($"{protein} g of protein", StringComparison.Ordinal));
    }

    [Fact]
    public void R10_Advice_AfterShortSleep_SaysTonightMatters()
    {
        var advice = new SessionPlanner().Recover(Given.Advanced(), 5, Given.Now);

        Assert.True(advice.ShortSleepLastNight);
        Assert.StartsWith("Last night you slept 5 h", advice.Notes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void R10_Options_OutsideTheSeedsBand_AreRefused()
    {
        var error = Assert.Throws<TrainingInputException>(() => new SessionPlanner(Catalog.ExerciseCatalog.Default, PlannerOptions.Default with { MinSleepHours = 6 }));

        Assert.Contains(error.Errors, e => e.Field == "options.minSleepHours");
    }
}
