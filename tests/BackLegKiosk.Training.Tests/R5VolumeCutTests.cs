using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Tests;

public class R5VolumeCutTests
{
    [Theory]
    [InlineData(5, 4)]
    [InlineData(6, 4)]
    [InlineData(7, 5)]
    [InlineData(8, 6)]
    [InlineData(10, 8)]
    [InlineData(12, 9)]
    [InlineData(14, 11)]
    [InlineData(16, 12)]
    [InlineData(20, 15)]
    [InlineData(30, 23)]
    public void R5_PlannedSets_AtTheDefaultCut(int splitDay, int expected) =>
        Assert.Equal(expected, R5VolumeCut.PlannedSets(splitDay, 0.25));

    [Theory]
    [InlineData(0.20)]
    [InlineData(0.30)]
    public void R5_PlannedSets_StayInTheBandAtItsEdges(double cut)
    {
        for (var splitDay = 5; splitDay <= 30; splitDay++)
        {
            var planned = R5VolumeCut.PlannedSets(splitDay, cut);
            if (R5VolumeCut.HasWholeNumberInBand(splitDay))
            {
                Assert.InRange(planned, 0.7 * splitDay, 0.8 * splitDay);
            }
        }
    }

    [Fact]
    public void R5_NoWholeNumberInBand_RoundsTowardTheLargerCut()
    {
        Assert.False(R5VolumeCut.HasWholeNumberInBand(6));
        Assert.Equal(4, R5VolumeCut.PlannedSets(6, 0.20));
        Assert.Equal(4, R5VolumeCut.Floor(6));
    }

    [Fact]
    public void R5_OnlySixAmongAcceptedBaselines_HasNoWholeNumberInBand() =>
        Assert.Equal([6], Enumerable.Range(5, 26).Where(b => !R5VolumeCut.HasWholeNumberInBand(b)));

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.35)]
    [InlineData(double.NaN)]
    public void R5_CutOutsideTheSeedsBand_IsRefused(double cut) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => R5VolumeCut.PlannedSets(16, cut));

    [Fact]
    public void R5_Plan_ReportsTheCutPerGroup()
    {
        var plan = Given.Plan(Given.Advanced(legs: 16, back: 14));

        var legs = plan.Volume.Single(v => v.Region == BodyRegion.Legs);
        var back = plan.Volume.Single(v => v.Region == BodyRegion.Back);
        Assert.Equal((16, 12), (legs.SplitDaySets, legs.PlannedSets));
        Assert.Equal((14, 11), (back.SplitDaySets, back.PlannedSets));
        Assert.Equal(12, plan.ExercisesOf(BodyRegion.Legs).Sum(e => e.WorkingSets));
        Assert.Equal(11, plan.ExercisesOf(BodyRegion.Back).Sum(e => e.WorkingSets));
        Assert.Equal(25, legs.CutPercent, 3);
        Assert.Contains(plan.RulesApplied, n => n.RuleId == "R5" && n.Text.Contains("legs 16 -> 12 sets (-25%)", StringComparison.Ordinal));
    }
}
