using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Tests;

public class R2PriorityFirstTests
{
    [Fact]
    public void R2_LegsFocus_OpensWithASquatOrLegPress()
    {
        var plan = Given.Plan(Given.Advanced(TrainingGoal.LegsPriority));

        Assert.Equal(BodyRegion.Legs, plan.Focus);
        Assert.Contains(plan.Supersets[0].First.Exercise.Pattern, new[] { MovementPattern.Squat, MovementPattern.KneeDominantMachine });
    }

    [Fact]
    public void R2_BackFocus_OpensWithAHeavyDeadliftOrWeightedRow()
    {
        var plan = Given.Plan(Given.Advanced(TrainingGoal.BackPriority));

        var opener = plan.Supersets[0].First.Exercise;
        Assert.Equal(BodyRegion.Back, plan.Focus);
        Assert.Equal(Equipment.Barbell, opener.Equipment);
        Assert.Contains(opener.Pattern, new[] { MovementPattern.Hinge, MovementPattern.HorizontalPull });
        Assert.Equal("deadlift", opener.Id);
    }

    [Fact]
    public void R2_RequestedFocus_WinsOverTheGoal()
    {
        var plan = Given.Plan(Given.Advanced(TrainingGoal.LegsPriority), focus: BodyRegion.Back);

        Assert.Equal(BodyRegion.Back, plan.Focus);
        Assert.Equal(BodyRegion.Back, plan.Supersets[0].First.Exercise.Region);
    }

    [Theory]
    [InlineData(BodyRegion.Legs, BodyRegion.Back)]
    [InlineData(BodyRegion.Back, BodyRegion.Legs)]
    public void R2_StrengthGoal_AlternatesFromTheLastCombinedSession(BodyRegion last, BodyRegion expected)
    {
        var focus = R2PriorityFirst.ResolveFocus(Given.Advanced(TrainingGoal.Strength), [Given.Combined(72, last)], null);

        Assert.Equal(expected, focus);
    }

    [Fact]
    public void R2_StrengthGoal_WithoutHistory_StartsWithLegs() =>
        Assert.Equal(BodyRegion.Legs, R2PriorityFirst.ResolveFocus(Given.Advanced(TrainingGoal.Strength), [], null));

    [Fact]
    public void R2_IsOpener_RejectsIsolationAndTheOtherGroup()
    {
        Assert.False(R2PriorityFirst.IsOpener(Given.Ex("leg-extension"), BodyRegion.Legs));
        Assert.False(R2PriorityFirst.IsOpener(Given.Ex("back-squat"), BodyRegion.Back));
        Assert.False(R2PriorityFirst.IsOpener(Given.Ex("lat-pulldown"), BodyRegion.Back));
        Assert.True(R2PriorityFirst.IsOpener(Given.Ex("leg-press"), BodyRegion.Legs));
        Assert.True(R2PriorityFirst.IsOpener(Given.Ex("barbell-row"), BodyRegion.Back));
    }

    [Fact]
    public void R2_Plan_ExplainsTheFocus() =>
        Assert.Contains(Given.Plan(Given.Advanced(TrainingGoal.BackPriority)).RulesApplied, n => n.RuleId == "R2" && n.Text.Contains("back strength is the member's priority", StringComparison.Ordinal));
}
