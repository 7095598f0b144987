using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;
using Microsoft.Extensions.Time.Testing;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>The text every kiosk head shows, made in Kiosk.Core.</summary>
public class KioskTextTests
{
    private readonly WorkoutPlan _plan = new FakeBackend().Plan;

    [Fact]
    public void Target_WorkingSetWithALoad_SaysLoadRepsAndRepsInReserve()
    {
        var exercise = new WorkoutExercise("A1", "back-squat", "Back squat", 4, 6, new Load(102.5, WeightUnit.Kilograms), 2, [], 180);

        var text = KioskText.English.Target(new WorkoutStep(_plan.Supersets[0], exercise, 1, 2));

        Assert.Equal("Set 2 of 4 · 102.5 kg × 6 @ RIR 2", text);
    }

    [Fact]
    public void Target_WarmUpWithoutALoad_SaysTheShareOfTheWorkingWeight()
    {
        var exercise = new WorkoutExercise("A1", "back-squat", "Back squat", 3, 8, null, 1, [new WarmUpSet(8, 0.5, null), new WarmUpSet(5, 0.7, new Load(135, WeightUnit.Pounds))], 180);

        Assert.Equal("Warm-up 1 of 2 · 8 easy reps at about 50% of your working weight", KioskText.English.Target(new WorkoutStep(_plan.Supersets[0], exercise, 1, 1, exercise.WarmUps[0])));
        Assert.Equal("Warm-up 2 of 2 · 135 lb × 5, easy", KioskText.English.Target(new WorkoutStep(_plan.Supersets[0], exercise, 1, 2, exercise.WarmUps[1])));
    }

    [Fact]
    public void Rest_ShowsADashThenTheClockThenGo()
    {
        var clock = new FakeTimeProvider();
        using var timer = new RestTimer(clock);
        var before = KioskText.English.Rest(timer);

        timer.Start(TimeSpan.FromSeconds(90));
        clock.Advance(TimeSpan.FromSeconds(1));
        var running = KioskText.English.Rest(timer);
        clock.Advance(TimeSpan.FromSeconds(90));

        Assert.Equal(("—", "1:29", "Go!"), (before, running, KioskText.English.Rest(timer)));
    }

    [Fact]
    public void German_WritesTheSameTargetInGermanWords_AndGermanNumbers()
    {
        var exercise = new WorkoutExercise("A1", "back-squat", "Back squat", 4, 6, new Load(102.5, WeightUnit.Kilograms), 2, [], 180);

        var text = KioskText.For(Language.German).Target(new WorkoutStep(_plan.Supersets[0], exercise, 1, 2));

        Assert.Equal("Satz 2 von 4 · 102,5 kg × 6 @ RIR 2", text);
    }

    [Fact]
    public void German_WritesRuleNotesFromTheirKindAndValues_WithGermanNumbersAndWords()
    {
        var now = new DateTimeOffset(2026, 12, 3, 18, 0, 0, TimeSpan.Zero);
        var persona = Training.Demo.DemoPersonas.Get(Training.Demo.DemoPersonas.AdvancedLegs, now);
        var plan = new SessionPlanner().Plan(new PlanRequest(persona.Profile, persona.History, now, 5.5, null));
        var german = KioskText.For(Language.German);

        var sleep = plan.Warnings.Single(w => w.RuleId == "R10");
        var cut = plan.RulesApplied.Single(n => n.RuleId == "R5");

        Assert.Equal("Du hast 5,5 h geschlafen, weniger als die 7 h, die deine Erholung braucht: Beende jeden Satz bei seinem RIR-Ziel und schlafe heute Nacht 7-9 h.", german.Note(sleep));
        Assert.StartsWith("Umfang gegenüber den Split-Tagen gekürzt: Beine ", german.Note(cut), StringComparison.Ordinal);
        Assert.Equal(sleep.Text, KioskText.English.Note(sleep));
    }

    [Fact]
    public void ADateAndATime_FollowTheLanguage()
    {
        var at = new DateTimeOffset(2026, 12, 3, 18, 30, 0, TimeSpan.Zero);
        var local = at.ToLocalTime();

        Assert.Equal($"Next back-and-legs day from {local.DateTime.ToString("dddd HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}", KioskText.English.NextSession(at));
        Assert.Equal($"Nächster Rücken-und-Beine-Tag ab {local.DateTime.ToString("dddd HH:mm", System.Globalization.CultureInfo.GetCultureInfo("de-DE"))}", KioskText.For(Language.German).NextSession(at));
    }
}
