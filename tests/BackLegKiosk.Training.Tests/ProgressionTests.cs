using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.History;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Progression;

namespace BackLegKiosk.Training.Tests;

public class ProgressionTests
{
    [Theory]
    [InlineData(100, 10, null, OneRepMaxFormula.Epley, 133.333)]
    [InlineData(100, 1, null, OneRepMaxFormula.Epley, 100)]
    [InlineData(100, 10, null, OneRepMaxFormula.Brzycki, 133.333)]
    [InlineData(100, 5, null, OneRepMaxFormula.Brzycki, 112.5)]
    [InlineData(100, 5, 8.0, OneRepMaxFormula.Epley, 123.333)]
    public void OneRepMax_Estimate_UsesTheNamedFormula(double load, int reps, double? rpe, OneRepMaxFormula formula, double expected) =>
        Assert.Equal(expected, OneRepMax.Estimate(load, reps, rpe, formula), 3);

    [Theory]
    [InlineData(OneRepMaxFormula.Epley)]
    [InlineData(OneRepMaxFormula.Brzycki)]
    public void OneRepMax_FractionFor_InvertsTheEstimate(OneRepMaxFormula formula)
    {
        for (var reps = 1; reps <= 12; reps++)
        {
            Assert.Equal(1, OneRepMax.Estimate(OneRepMax.FractionFor(reps, formula), reps, null, formula), 9);
        }
    }

    [Fact]
    public void OneRepMax_BestRecent_IgnoresWarmUpsOldAndHighRepSets()
    {
        SessionRecord[] history =
        [
            new(Given.Now.AddDays(-2), true, BodyRegion.Legs,
            [
                new SetRecord("back-squat", BodyRegion.Legs, 200, 3, null, IsWarmUp: true),
                new SetRecord("back-squat", BodyRegion.Legs, 120, 5, 10, false),
                new SetRecord("back-squat", BodyRegion.Legs, 60, 20, null, false),
            ]),
            new(Given.Now.AddDays(-90), true, BodyRegion.Legs, [new SetRecord("back-squat", BodyRegion.Legs, 180, 1, null, false)]),
        ];

        Assert.Equal(140, OneRepMax.BestRecent(history, "back-squat", Given.Now, TimeSpan.FromDays(56), OneRepMaxFormula.Epley));
        Assert.Null(OneRepMax.BestRecent(history, "deadlift", Given.Now, TimeSpan.FromDays(56), OneRepMaxFormula.Epley));
    }

    [Theory]
    [InlineData(5, 6.0, 105, "two steps up")]
    [InlineData(5, 8.0, 102.5, "one step up")]
    [InlineData(5, 9.0, 100, "hold")]
    [InlineData(3, 10.0, 97.5, "one step down")]
    public void Progression_NextLoad_FollowsLastSessionAgainstItsRirTarget(int reps, double rpe, double expected, string reason)
    {
        var sets = Enumerable.Repeat(new SetRecord("back-squat", BodyRegion.Legs, 100, reps, rpe, false), 3).ToList();

        var (load, why) = ProgressionAdvisor.NextLoad(sets, targetReps: 5, targetRir: 2, stepKg: 2.5);

        Assert.Equal(expected, load);
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    [Fact]
    public void Progression_Stalled_SuggestsADeload()
    {
        var history = Enumerable.Range(0, 5)
            .Select(i => new SessionRecord(Given.Now.AddDays(-3 * i), true, BodyRegion.Legs, [new SetRecord("back-squat", BodyRegion.Legs, 120, 5, 8, false)]))
            .ToList();

        var note = ProgressionAdvisor.StallCheck(history, "back-squat", "Back squat", PlannerOptions.Default);

        Assert.NotNull(note);
        Assert.Contains("deload week at 90%", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Progression_StillImproving_NoDeload()
    {
        var history = Enumerable.Range(0, 5)
            .Select(i => new SessionRecord(Given.Now.AddDays(-3 * i), true, BodyRegion.Legs, [new SetRecord("back-squat", BodyRegion.Legs, 130 - (2.5 * i), 5, 8, false)]))
            .ToList();

        Assert.Null(ProgressionAdvisor.StallCheck(history, "back-squat", "Back squat", PlannerOptions.Default));
    }
}
