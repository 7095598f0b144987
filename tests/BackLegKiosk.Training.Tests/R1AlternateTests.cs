using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Tests;

public class R1AlternateTests
{
    [Fact]
    public void R1_SeedExample_SquatIsFollowedByAPullUp()
    {
        var plan = Given.Plan(Given.Advanced(TrainingGoal.LegsPriority));

        var a = plan.Supersets[0];
        Assert.Equal("back-squat", a.First.Exercise.Id);
        Assert.Equal(MovementPattern.VerticalPull, a.Second.Exercise.Pattern);
        Assert.Equal(("A1", "A2"), (a.First.Slot, a.Second.Slot));
    }

    [Theory]
    [InlineData(TrainingGoal.LegsPriority)]
    [InlineData(TrainingGoal.BackPriority)]
    [InlineData(TrainingGoal.Strength)]
    [InlineData(TrainingGoal.LimitedTime)]
    public void R1_EverySuperset_PairsOneLegsWithOneBackMovement(TrainingGoal goal)
    {
        var plan = Given.Plan(Given.Advanced(goal));

        Assert.NotEmpty(plan.Supersets);
        Assert.All(plan.Supersets, s => Assert.True(R1Alternate.Alternates(s)));
        Assert.All(plan.Supersets, s => Assert.Equal(plan.Focus, s.First.Exercise.Region));
    }

    [Fact]
    public void R1_Pair_SameGroupTwice_IsRefused() =>
        Assert.Throws<ArgumentException>(() => R1Alternate.Pair([Given.Ex("back-squat")], [Given.Ex("leg-press")]));

    [Fact]
    public void R1_Superset_RestIsShortBetweenSlotsAndFullAfterThePair()
    {
        var superset = Given.Plan(Given.Advanced()).Supersets[0];

        Assert.Equal(superset.ShortRestSeconds, superset.RestAfterSet(1, 1, failed: false));
        Assert.Equal(superset.FullRestSeconds, superset.RestAfterSet(2, 1, failed: false));
        Assert.True(superset.FullRestSeconds > superset.ShortRestSeconds);
        Assert.True(superset.RestAfterSet(2, 1, failed: true) > superset.RestAfterSet(2, 1, failed: false));
    }

    [Fact]
    public void R1_Superset_AlternationStillGivesEachLiftItsFullRest()
    {
        var superset = Given.Plan(Given.Advanced()).Supersets[0];

        // Between two sets of A1 the member rests short, does A2, then rests full.
        var a1Spacing = superset.ShortRestSeconds + superset.FullRestSeconds;
        Assert.True(a1Spacing >= superset.First.Exercise.RestSeconds);
        Assert.True(a1Spacing >= superset.Second.Exercise.RestSeconds);
    }

    [Fact]
    public void EverySlotOfAPlan_BelongsToTheSupersetItIsListedIn()
    {
        var plan = Given.Plan(Given.Advanced());

        Assert.All(plan.Supersets, s => Assert.Equal([s.Label, s.Label], new[] { R1Alternate.SupersetOf(s.First.Slot), R1Alternate.SupersetOf(s.Second.Slot) }));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(3, "D")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(52, "BA")]
    public void Labels_RunPastZAsSpreadsheetColumnsDo_AndASlotNamesItsSupersetBack(int index, string label)
    {
        Assert.Equal(label, R1Alternate.Label(index));
        Assert.Equal(label, R1Alternate.SupersetOf(R1Alternate.Label(index) + "2"));
    }
}
