using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Training.Tests;

/// <summary>A coach's override: only the rule set aside gives way, the plan says so, and every other rule still shapes it.</summary>
public class CoachOverrideTests
{
    private static readonly CoachOverride R9 = new(new HashSet<string> { "R9" }, "coach", "deload week, light day");

    [Fact]
    public void R9Overridden_TheMemberMayTrain_AndThePlanNamesTheCoachAndTheRuleItSetAside()
    {
        var history = new[] { Given.Combined(hoursAgo: 24) };
        Assert.False(Given.Plan(Given.Advanced(), history).Readiness.MayTrain);

        var plan = new SessionPlanner().Plan(Given.Request(Given.Advanced(), history) with { Override = R9 });

        Assert.True(plan.Readiness.MayTrain);
        Assert.NotEmpty(plan.Supersets);
        var note = Assert.Single(plan.Warnings, w => w.RuleId == "R9");
        Assert.StartsWith("Coach override by coach: deload week, light day (the rule said:", note.Text, StringComparison.Ordinal);
        Assert.Empty(plan.UnexplainedInversions());
        var volume = plan.Volume.Single(v => v.Region == Catalog.BodyRegion.Legs);
        Assert.InRange(volume.PlannedSets, 0.7 * volume.SplitDaySets, 0.8 * volume.SplitDaySets);
    }

    [Fact]
    public void AnR8OverrideAlone_DoesNotLiftR9()
    {
        var history = new[] { Given.Combined(hoursAgo: 24) };
        var r8 = new CoachOverride(new HashSet<string> { "R8" }, "coach", "knows the lifts");

        Assert.False(new SessionPlanner().Plan(Given.Request(Given.Advanced(), history) with { Override = r8 }).Readiness.MayTrain);
    }

    [Fact]
    public void R8Overridden_TheBeginnersWarningBecomesTheCoachsNote()
    {
        var beginner = Given.Advanced() with { Experience = Experience.Beginner };
        var r8 = new CoachOverride(new HashSet<string> { "R8" }, "coach", "ex-weightlifter, new to this gym");

        var plan = new SessionPlanner().Plan(Given.Request(beginner) with { Override = r8 });

        Assert.StartsWith("Coach override by coach: ex-weightlifter", Assert.Single(plan.Warnings, w => w.RuleId == "R8").Text, StringComparison.Ordinal);
    }
}
