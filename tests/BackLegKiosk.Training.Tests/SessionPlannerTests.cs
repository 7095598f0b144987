using System.Text.Json;
using BackLegKiosk.Training.Demo;
using BackLegKiosk.Training.History;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Tests;

public class SessionPlannerTests
{
    [Fact]
    public void Plan_ExplainsEveryRule()
    {
        var plan = Given.Plan(Given.Advanced());

        Assert.Equal(TrainingRules.All.Select(r => r.Id), plan.RulesApplied.Select(n => n.RuleId));
    }

    [Fact]
    public void Plan_BadInput_NamesEveryFieldInError()
    {
        var profile = Given.Advanced(legs: 3) with { BodyWeightKg = double.NaN, AvailableMinutes = 5 };
        var history = new[] { new SessionRecord(Given.Now.AddDays(2), true, null, [new SetRecord("back-squat", Catalog.BodyRegion.Legs, -5, 5, 11, false)]) };

        var error = Assert.Throws<TrainingInputException>(() => new SessionPlanner().Plan(new PlanRequest(profile, history, Given.Now, 25)));

        Assert.Equal(
            ["profile.splitDaySetsLegs", "profile.bodyWeightKg", "profile.availableMinutes", "sleepHoursLastNight", "history[0].at", "history[0].sets[0].loadKg", "history[0].sets[0].rpe"],
            error.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Plan_UndefinedEnumValues_AreRefused()
    {
        var profile = Given.Advanced() with { Experience = (Experience)42, Goal = (TrainingGoal)(-1) };

        var error = Assert.Throws<TrainingInputException>(() => new SessionPlanner().Plan(Given.Request(profile)));

        Assert.Equal(["profile.experience", "profile.goal"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Plan_SameRequest_SamePlan()
    {
        var persona = DemoPersonas.Get(DemoPersonas.AdvancedBack, Given.Now);
        var request = new PlanRequest(persona.Profile, persona.History, Given.Now, persona.SleepHoursLastNight);

        Assert.Equal(JsonSerializer.Serialize(new SessionPlanner().Plan(request)), JsonSerializer.Serialize(new SessionPlanner().Plan(request)));
    }

    [Theory]
    [InlineData(DemoPersonas.AdvancedLegs, ReadinessStatus.Go)]
    [InlineData(DemoPersonas.AdvancedBack, ReadinessStatus.Go)]
    [InlineData(DemoPersonas.Beginner, ReadinessStatus.GoWithWarnings)]
    [InlineData(DemoPersonas.TrainedYesterday, ReadinessStatus.NotToday)]
    public void Plan_DemoPersonas_TellTheirStory(string key, ReadinessStatus expected)
    {
        var persona = DemoPersonas.Get(key, Given.Now);

        var readiness = new SessionPlanner().CheckReadiness(new PlanRequest(persona.Profile, persona.History, Given.Now, persona.SleepHoursLastNight));

        Assert.Equal(expected, readiness.Status);
        if (expected == ReadinessStatus.NotToday)
        {
            Assert.Equal(18, readiness.HoursUntilReady);
        }
    }

    [Fact]
    public void Plan_NotToday_HasNoSupersets_ButKeepsTheReason()
    {
        var plan = Given.Plan(Given.Advanced(), [Given.Combined(10)]);

        Assert.Empty(plan.Supersets);
        Assert.Equal(0, plan.EstimatedMinutes);
        Assert.All(plan.Warnings, w => Assert.Equal("R9", w.RuleId));
    }

    [Fact]
    public void Options_OutsideTheirBands_AreAllNamed()
    {
        var options = PlannerOptions.Default with { VolumeCut = 0.4, IntensityNudge = -0.01, MaxCombinedSessionsPer7Days = 5 };

        var error = Assert.Throws<TrainingInputException>(() => new SessionPlanner(Catalog.ExerciseCatalog.Default, options));

        Assert.Equal(["options.volumeCut", "options.intensityNudge", "options.maxCombinedSessionsPer7Days"], error.Errors.Select(e => e.Field));
    }
}
