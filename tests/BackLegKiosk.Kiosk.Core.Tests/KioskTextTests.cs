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

        var text = KioskText.Target(new WorkoutStep(_plan.Supersets[0], exercise, 1, 2));

        Assert.Equal("Set 2 of 4 · 102.5 kg × 6 @ RIR 2", text);
    }

    [Fact]
    public void Target_WarmUpWithoutALoad_SaysTheShareOfTheWorkingWeight()
    {
        var exercise = new WorkoutExercise("A1", "back-squat", "Back squat", 3, 8, null, 1, [new WarmUpSet(8, 0.5, null), new WarmUpSet(5, 0.7, new Load(135, WeightUnit.Pounds))], 180);

        Assert.Equal("Warm-up 1 of 2 · 8 easy reps at about 50% of your working weight", KioskText.Target(new WorkoutStep(_plan.Supersets[0], exercise, 1, 1, exercise.WarmUps[0])));
        Assert.Equal("Warm-up 2 of 2 · 135 lb × 5, easy", KioskText.Target(new WorkoutStep(_plan.Supersets[0], exercise, 1, 2, exercise.WarmUps[1])));
    }

    [Fact]
    public void Rest_ShowsADashThenTheClockThenGo()
    {
        var clock = new FakeTimeProvider();
        using var timer = new RestTimer(clock);
        var before = KioskText.Rest(timer);

        timer.Start(TimeSpan.FromSeconds(90));
        clock.Advance(TimeSpan.FromSeconds(1));
        var running = KioskText.Rest(timer);
        clock.Advance(TimeSpan.FromSeconds(90));

        Assert.Equal(("—", "1:29", "Go!"), (before, running, KioskText.Rest(timer)));
    }
}
