using BackLegKiosk.Contracts.Translation;
using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Training.Sets;
using Google.Protobuf.WellKnownTypes;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>
/// The kiosk's edge: the contract's messages become the records the view models bind, and a logged set
/// becomes the fact the outbox sends. Training's own values go through <see cref="TrainingWire"/>, the
/// same translation the server uses, so both ends read a value the same way.
/// </summary>
public static class KioskWire
{
    public static MemberCheckIn FromProto(CheckInResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new MemberCheckIn(
            response.CheckinToken,
            response.MemberName,
            TrainingWire.FromProto(response.Readiness),
            !string.IsNullOrEmpty(response.OpenSessionId),
            TrainingWire.FromProto(response.Units) ?? Training.Members.WeightUnit.Kilograms);
    }

    public static PlannedWorkout FromProto(PlanSessionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new PlannedWorkout(FromProto(response.Plan), response.Resumed);
    }

    public static WorkoutPlan FromProto(SessionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new WorkoutPlan(plan.SessionId, [.. plan.Supersets.Select(s => new WorkoutSuperset(
            s.Label,
            FromProto(s.First),
            FromProto(s.Second),
            s.ShortRestSeconds,
            s.FullRestSeconds,
            s.FailedSetExtraSeconds))]);
    }

    public static SeenFact FromProto(StoredFact stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new SeenFact(stored.Sequence, SetFactOf(stored.Fact));
    }

    /// <summary>The fold's view of a fact; null for a fact that is not about a set, or whose ids do not parse.</summary>
    public static SetFact? SetFactOf(Fact? fact)
    {
        if (fact is null || !Guid.TryParse(fact.FactId, out var id) || fact.OccurredAt is null)
        {
            return null;
        }

        var at = fact.OccurredAt.ToDateTimeOffset();
        return fact.BodyCase switch
        {
            Fact.BodyOneofCase.SetLogged => SetFact.Logged(id, at, KeyOf(fact.SetLogged)),
            Fact.BodyOneofCase.SetCorrected when Guid.TryParse(fact.SetCorrected.TargetFactId, out var target) && fact.SetCorrected.Replacement is { } set =>
                SetFact.Corrected(id, at, KeyOf(set), target),
            Fact.BodyOneofCase.SetVoided when Guid.TryParse(fact.SetVoided.TargetFactId, out var target) => SetFact.Voided(id, at, target),
            _ => null,
        };
    }

    public static Fact ToProto(this LoggedSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var logged = new SetLogged
        {
            Slot = set.Key.Slot,
            ExerciseId = set.ExerciseId,
            SetNumber = set.Key.SetNumber,
            Load = set.Load.Value,
            Unit = set.Load.Unit.ToProto(),
            Reps = set.Reps,
            Failed = set.Failed,
            WarmUp = set.Key.WarmUp,
        };
        if (set.Rpe is { } rpe)
        {
            logged.Rpe = rpe;
        }

        return new Fact
        {
            FactId = set.FactId.ToString(),
            SessionId = set.SessionId,
            OccurredAt = Timestamp.FromDateTimeOffset(set.OccurredAt),
            SetLogged = logged,
        };
    }

    private static WorkoutExercise FromProto(PlannedExercise exercise) => new(
        exercise.Slot,
        exercise.ExerciseId,
        exercise.ExerciseName,
        exercise.WorkingSets,
        exercise.RepTarget,
        TrainingWire.FromProto(exercise.Load),
        exercise.TargetRir,
        [.. exercise.WarmUps.Select(w => new Training.Planning.WarmUpSet(w.Reps, w.FractionOfWorkingLoad, TrainingWire.FromProto(w.Load)))],
        exercise.RestSeconds);

    private static SetKey KeyOf(SetLogged set) => new(set.Slot, set.SetNumber, set.WarmUp);
}
