using BackLegKiosk.Contracts.V1;
using Microsoft.Extensions.Time.Testing;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>The text every kiosk head shows, made in Kiosk.Core.</summary>
public class KioskTextTests
{
    private readonly SessionPlan _plan = new FakeBackend().Plan;

    [Fact]
    public void Target_WorkingSetWithALoad_SaysLoadRepsAndRepsInReserve()
    {
        var exercise = new PlannedExercise { WorkingSets = 4, RepTarget = 6, TargetRir = 2, Load = new Load { Value = 102.5, Unit = WeightUnit.Kg } };

        var text = KioskText.Target(new WorkoutStep(_plan.Supersets[0], exercise, 1, 2));

        Assert.Equal("Set 2 of 4 · 102.5 kg × 6 @ RIR 2", text);
    }

    [Fact]
    public void Target_WarmUpWithoutALoad_SaysTheShareOfTheWorkingWeight()
    {
        var exercise = new PlannedExercise { WorkingSets = 3, RepTarget = 8, TargetRir = 1 };
        exercise.WarmUps.Add(new WarmUpSet { Reps = 8, FractionOfWorkingLoad = 0.5 });
        exercise.WarmUps.Add(new WarmUpSet { Reps = 5, FractionOfWorkingLoad = 0.7, Load = new Load { Value = 135, Unit = WeightUnit.Lb } });

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
