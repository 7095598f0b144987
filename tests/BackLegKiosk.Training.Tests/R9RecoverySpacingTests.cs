using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.History;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Tests;

public class R9RecoverySpacingTests
{
    private readonly SessionPlanner _planner = new();

    [Fact]
    public void R9_CombinedSession30HoursAgo_NotTodayWith18HoursToGo()
    {
        var plan = Given.Plan(Given.Advanced(), [Given.Combined(30)]);

        Assert.Equal(ReadinessStatus.NotToday, plan.Readiness.Status);
        Assert.Equal(18, plan.Readiness.HoursUntilReady);
        Assert.Equal(Given.Now.AddHours(18), plan.Readiness.ReadyAt);
        Assert.Contains(plan.Readiness.Reasons, r => r.RuleId == "R9" && r.Text.Contains("18 h to go", StringComparison.Ordinal));
        Assert.Empty(plan.Supersets);
    }

    [Fact]
    public void R9_ThirdCombinedSessionIn7Days_IsRefused()
    {
        var plan = Given.Plan(Given.Advanced(), [Given.Combined(50), Given.Combined(110)]);

        Assert.Equal(ReadinessStatus.NotToday, plan.Readiness.Status);
        Assert.Empty(plan.Supersets);

        // The older session leaves the 7-day window 168 - 110 = 58 h from now.
        Assert.Equal(58, plan.Readiness.HoursUntilReady);
        Assert.Contains(plan.Readiness.Reasons, r => r.Text.Contains("2 combined back-and-legs sessions in the last 7 days", StringComparison.Ordinal));
    }

    [Fact]
    public void R9_ThreeAllowed_WhenConfigured()
    {
        var plan = Given.Plan(Given.Advanced(), [Given.Combined(50), Given.Combined(110)], options: PlannerOptions.Default with { MaxCombinedSessionsPer7Days = 3 });

        Assert.True(plan.Readiness.MayTrain);
        Assert.NotEmpty(plan.Supersets);
    }

    [Fact]
    public void R9_Exactly48Hours_IsReady() =>
        Assert.True(Given.Plan(Given.Advanced(), [Given.Combined(48)]).Readiness.MayTrain);

    [Fact]
    public void R9_HardSplitLegDay_CountsForThe48Hours()
    {
        var legDay = new SessionRecord(Given.Now.AddHours(-20), false, null, [.. Enumerable.Repeat(new SetRecord("leg-press", BodyRegion.Legs, 200, 10, 8, false), 6)]);

        var readiness = _planner.CheckReadiness(Given.Request(Given.Advanced(), [legDay]));

        Assert.Equal(ReadinessStatus.NotToday, readiness.Status);
        Assert.Equal(28, readiness.HoursUntilReady);
    }

    [Fact]
    public void R9_LightSessionWithoutHardLegsOrBack_DoesNotCount()
    {
        var arms = new SessionRecord(Given.Now.AddHours(-20), false, null,
            [new SetRecord("face-pull", BodyRegion.Back, 20, 15, 6, false), new SetRecord("leg-extension", BodyRegion.Legs, 30, 15, 6, true)]);

        Assert.True(_planner.CheckReadiness(Given.Request(Given.Advanced(), [arms])).MayTrain);
    }

    [Fact]
    public void R9_BothLimits_ReportTheLaterReadyTime()
    {
        var readiness = _planner.CheckReadiness(Given.Request(Given.Advanced(), [Given.Combined(30), Given.Combined(100)]));

        Assert.Equal(2, readiness.Reasons.Count);
        Assert.Equal(68, readiness.HoursUntilReady);
    }

    [Fact]
    public void R9_HoursUntil_RoundsUp()
    {
        Assert.Equal(1, R9RecoverySpacing.HoursUntil(Given.Now, Given.Now.AddMinutes(1)));
        Assert.Equal(0, R9RecoverySpacing.HoursUntil(Given.Now, Given.Now));
    }

    [Fact]
    public void R9_SessionsOlderThanAWeek_DoNotCount() =>
        Assert.True(Given.Plan(Given.Advanced(), [Given.Combined(169), Given.Combined(200), Given.Combined(250)]).Readiness.MayTrain);
}
