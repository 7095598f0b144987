using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>A plan crosses the wire into the kiosk's records without changing what the member is told to do.</summary>
public class KioskWireTests
{
    [Theory]
    [InlineData(Experience.Beginner, TrainingGoal.Strength, WeightUnit.Kilograms)]
    [InlineData(Experience.Advanced, TrainingGoal.LegsPriority, WeightUnit.Pounds)]
    [InlineData(Experience.Intermediate, TrainingGoal.LimitedTime, WeightUnit.Kilograms)]
    public void Plan_ReadsBackWithThePlannersPrescriptionAndRests(Experience experience, TrainingGoal goal, WeightUnit unit)
    {
        var now = FakeBackend.Now;
        var profile = new MemberProfile(experience, goal, 16, 14, 80, new Dictionary<string, double> { ["back-squat"] = 160, ["barbell-row"] = 90 }, 90, unit);
        var planned = new SessionPlanner().Plan(new PlanRequest(profile, [], now, 8));

        var plan = KioskWire.FromProto(planned.ToProto(Guid.NewGuid(), now));

        Assert.Equal(planned.Supersets.Count, plan.Supersets.Count);
        foreach (var (training, kiosk) in planned.Supersets.Zip(plan.Supersets))
        {
            Assert.Equal(training.Rests, kiosk.Rests);
            Assert.Equal(training.Label, kiosk.Label);
            Assert.Equal(Prescription(training.First), Prescription(kiosk.First));
            Assert.Equal(Prescription(training.Second), Prescription(kiosk.Second));
            Assert.Equal(training.First.WarmUps, kiosk.First.WarmUps);
            Assert.Equal(training.Second.WarmUps, kiosk.Second.WarmUps);
        }
    }

    private static (string, string, string, int, int, Load?, int) Prescription(Training.Planning.PlannedExercise e) =>
        (e.Slot, e.Exercise.Id, e.Exercise.Name, e.WorkingSets, e.RepTarget, e.Load, e.TargetRir);

    private static (string, string, string, int, int, Load?, int) Prescription(WorkoutExercise e) =>
        (e.Slot, e.ExerciseId, e.ExerciseName, e.WorkingSets, e.RepTarget, e.Load, e.TargetRir);
}
