using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Rules;
using CsCheck;

namespace BackLegKiosk.Training.Tests;

/// <summary>Pairing around the floor: stations in use are an input to the planner, and R1-R4 hold whatever the floor.</summary>
public class FloorAwareTests
{
    private const int Cases = 1000;
    private static readonly SessionPlanner Planner = new();
    private static readonly string[] Stations = [.. ExerciseCatalog.Default.Exercises.Select(e => e.Station).OfType<string>().Distinct()];

    private static FloorState Floor(params (string Station, int Count, int InUse)[] stations) =>
        new(stations.ToDictionary(s => s.Station, s => s.Count), stations.ToDictionary(s => s.Station, s => s.InUse));

    [Fact]
    public void TheOnlySquatRackTaken_TheSessionOpensWithTheBestFreeOpener_AndTheSquatFollowsLater()
    {
        var request = Given.Request(Given.Advanced()) with { Floor = Floor(("squat-rack", 1, 1)) };

        var plan = Planner.Plan(request);
        var note = plan.RulesApplied.Single(n => n.RuleId == FloorAware.Id);

        Assert.Equal("Hack squat", plan.Supersets[0].First.Exercise.Name);
        Assert.Contains(plan.AllExercises(), e => e.Exercise.Id == "back-squat");
        Assert.Equal("Squat racks busy: Hack squat opens, Back squat later if one frees.", note.Text);
        Assert.Empty(R3SpareLowerBack.Violations(plan.Pairs()));
        Assert.Empty(plan.UnexplainedInversions());
    }

    [Fact]
    public void AFreeRack_ChangesNothing()
    {
        var empty = Planner.Plan(Given.Request(Given.Advanced()));
        var free = Planner.Plan(Given.Request(Given.Advanced()) with { Floor = Floor(("squat-rack", 2, 1)) });

        Assert.Equal(empty.Pairs(), free.Pairs());
        Assert.DoesNotContain(free.RulesApplied, n => n.RuleId == FloorAware.Id);
    }

    [Fact]
    public void EveryOpenerTaken_TheBestStaysFirst_AndThePlanSaysToWait()
    {
        var floor = Floor(("squat-rack", 1, 1), ("hack-squat", 1, 1), ("leg-press", 2, 2), ("belt-squat", 1, 3));

        var plan = Planner.Plan(Given.Request(Given.Advanced()) with { Floor = floor });

        Assert.Equal("Back squat", plan.Supersets[0].First.Exercise.Name);
        Assert.Contains(plan.Warnings, w => w.Kind == FloorAware.WaitKind && w.Text.StartsWith("Squat racks busy and no other opener keeps the rules: Back squat stays first", StringComparison.Ordinal));
    }

    private static readonly Gen<FloorState> Floors =
        Gen.Select(Gen.OneOf(Stations), Gen.Int[1, 3], Gen.Int[0, 4]).Array[0, 8]
            .Select(stations => Floor([.. stations.DistinctBy(s => s.Item1).Select(s => (s.Item1, s.Item2, s.Item3))]));

    private static readonly Gen<PlanRequest> Requests =
        Gen.Select(Gen.Enum<Experience>(), Gen.Enum<TrainingGoal>(), Gen.Int[8, 24], Gen.Int[8, 24], Gen.Enum<BodyRegion>().Nullable(), Floors)
            .Select((experience, goal, legs, back, focus, floor) => new PlanRequest(
                Given.Advanced(goal, legs, back) with { Experience = experience }, [], Given.Now, 8, focus, null, floor));

    [Fact]
    public void Property_R1ToR4HoldOnEveryFloor_TheOpenerIsFreeWheneverAnEligibleOneIs_AndEveryChangeIsNamed() =>
        Requests.Sample(request =>
        {
            var plan = Planner.Plan(request);
            var floor = request.Floor!;
            var opener = plan.Supersets[0].First.Exercise;
            var eligible = ExerciseCatalog.Default.Exercises.Where(e => R2PriorityFirst.IsOpener(e, plan.Focus)).ToList();
            var onEmptyFloor = Planner.Plan(request with { Floor = null }).Supersets[0].First.Exercise;

            Assert.All(plan.Supersets, s => Assert.True(R1Alternate.Alternates(s)));
            Assert.True(R2PriorityFirst.IsOpener(opener, plan.Focus));
            Assert.Empty(R3SpareLowerBack.Violations(plan.Pairs()));
            Assert.Empty(plan.UnexplainedInversions());
            Assert.True(!floor.IsFull(opener) || eligible.All(floor.IsFull), $"{opener.Name} opens on a full station while another opener is free");
            var note = plan.RulesApplied.SingleOrDefault(n => n.RuleId == FloorAware.Id);
            Assert.Equal(floor.IsFull(onEmptyFloor), note is not null);
            if (opener != onEmptyFloor)
            {
                Assert.Contains(opener.Name, note!.Text, StringComparison.Ordinal);
                Assert.Contains(onEmptyFloor.Name, note.Text, StringComparison.Ordinal);
            }
        }, iter: Cases);
}
