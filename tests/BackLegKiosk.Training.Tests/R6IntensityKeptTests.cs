using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Progression;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Tests;

public class R6IntensityKeptTests
{
    [Fact]
    public void R6_KnownMax_LoadIsTheSplitDayLoadNudgedUp_RoundedToPlates()
    {
        var squat = Given.Ex("back-squat");

        var load = R6IntensityKept.WorkingLoad(squat, 160, reps: 4, rir: 2, nudge: 0.025, WeightUnit.Kilograms, OneRepMaxFormula.Epley);

        // Split day: 160 / (1 + 6/30) = 133.3 kg; +2.5% = 136.7 -> 137.5 on 2.5 kg steps.
        Assert.Equal(new Load(137.5, WeightUnit.Kilograms), load);
        Assert.True(load.Value >= R6IntensityKept.Round(squat, R6IntensityKept.SplitDayLoadKg(160, 4, 2, OneRepMaxFormula.Epley), WeightUnit.Kilograms));
    }

    [Fact]
    public void R6_Pounds_RoundToFivePoundSteps()
    {
        var load = R6IntensityKept.WorkingLoad(Given.Ex("deadlift"), 200, reps: 3, rir: 2, nudge: 0.025, WeightUnit.Pounds, OneRepMaxFormula.Epley);

        Assert.Equal(WeightUnit.Pounds, load.Unit);
        Assert.Equal(0, load.Value % 5);
    }

    [Fact]
    public void R6_NoKnownMax_OneLessRepInReserve()
    {
        Assert.Equal(1, R6IntensityKept.TargetRir(loadPrescribed: false, splitDayRir: 2));
        Assert.Equal(2, R6IntensityKept.TargetRir(loadPrescribed: true, splitDayRir: 2));
        Assert.Equal(0, R6IntensityKept.TargetRir(loadPrescribed: false, splitDayRir: 0));
    }

    [Fact]
    public void R6_NegativeNudge_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            R6IntensityKept.WorkingLoad(Given.Ex("back-squat"), 160, 4, 2, -0.05, WeightUnit.Kilograms, OneRepMaxFormula.Epley));

    [Fact]
    public void R6_Plan_LoadsFromKnownMaxesAndEffortOtherwise()
    {
        var plan = Given.Plan(Given.Advanced().With(("back-squat", 160)));

        var squat = plan.Supersets[0].First;
        Assert.Equal(new Load(137.5, WeightUnit.Kilograms), squat.Load);
        Assert.Equal(2, squat.TargetRir);
        Assert.All(plan.AllExercises().Where(e => e.Load is null), e => Assert.Equal(1, e.TargetRir));
    }

    [Fact]
    public void R6_Plan_EstimatesTheMaxFromHistoryWhenNoneIsKnown()
    {
        var plan = Given.Plan(Given.Advanced(), [Given.Combined(72)]);

        // History: 120 kg x 5 at RPE 8 -> e1RM 120 x (1 + 7/30) = 148 kg.
        Assert.NotNull(plan.Supersets[0].First.Load);
    }

    [Fact]
    public void R6_Plan_ZeroNudge_KeepsTheSplitDayLoad()
    {
        var plan = Given.Plan(Given.Advanced().With(("back-squat", 160)), options: PlannerOptions.Default with { IntensityNudge = 0 });

        Assert.Equal(new Load(132.5, WeightUnit.Kilograms), plan.Supersets[0].First.Load);
    }

    [Fact]
    public void R6_Plan_WarmUpsClimbToTheWorkingLoad()
    {
        var squat = Given.Plan(Given.Advanced().With(("back-squat", 160))).Supersets[0].First;

        Assert.Equal([55, 82.5, 110], squat.WarmUps.Select(w => w.Load!.Value.Value));
        Assert.All(squat.WarmUps, w => Assert.True(w.Load!.Value.Value < squat.Load!.Value.Value));
    }
}
