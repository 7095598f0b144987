using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Tests;

public class R8WhoItSuitsTests
{
    [Theory]
    [InlineData(Experience.Beginner, "as a beginner")]
    [InlineData(Experience.Intermediate, "as an intermediate lifter")]
    public void R8_NotAdvanced_GetsAClearWarningAndASplitDayAlternative(Experience experience, string who)
    {
        var plan = Given.Plan(Given.Advanced() with { Experience = experience });

        Assert.Equal(ReadinessStatus.GoWithWarnings, plan.Readiness.Status);
        var warning = Assert.Single(plan.Warnings, w => w.RuleId == "R8");
        Assert.Contains(who, warning.Text, StringComparison.Ordinal);
        Assert.Contains("Split-day alternative: legs today, back in 48 hours", warning.Text, StringComparison.Ordinal);
        Assert.NotEmpty(plan.Supersets);
    }

    [Theory]
    [InlineData(TrainingGoal.LegsPriority)]
    [InlineData(TrainingGoal.Strength)]
    [InlineData(TrainingGoal.LimitedTime)]
    public void R8_Advanced_IsNotWarned(TrainingGoal goal)
    {
        var plan = Given.Plan(Given.Advanced(goal));

        Assert.Equal(ReadinessStatus.Go, plan.Readiness.Status);
        Assert.DoesNotContain(plan.Warnings, w => w.RuleId == "R8");
        Assert.Contains(plan.RulesApplied, n => n.RuleId == "R8" && n.Text.StartsWith("Suits this member", StringComparison.Ordinal));
    }

    [Fact]
    public void R8_Assess_IsNullOnlyForAdvanced()
    {
        Assert.Null(R8WhoItSuits.Assess(Given.Advanced()));
        Assert.NotNull(R8WhoItSuits.Assess(Given.Advanced() with { Experience = Experience.Beginner }));
    }
}
