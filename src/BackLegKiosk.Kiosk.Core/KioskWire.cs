using BackLegKiosk.Contracts.Translation;
using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Training.Sets;
using BackLegKiosk.Training.Vocabulary;
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
            TrainingWire.FromProto(response.Units) ?? Training.Members.WeightUnit.Kilograms,
            Words.Parse<Training.Members.Language>(response.Language));
    }

    public static PlannedWorkout FromProto(PlanSessionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new PlannedWorkout(FromProto(response.Plan), response.Resumed);
    }

    public static PhoneLink FromProto(HandOffResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new PhoneLink(Guid.Parse(response.HandoffId), response.Url, response.ExpiresAt.ToDateTimeOffset());
    }

    public static PhoneLinkState FromProto(HandOffState state) => state switch
    {
        HandOffState.Taken => PhoneLinkState.Taken,
        HandOffState.Expired => PhoneLinkState.Expired,
        _ => PhoneLinkState.Waiting,
    };

    public static PlanPreview PreviewOf(PlanSessionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var plan = response.Plan;
        return new PlanPreview(
            FromProto(plan),
            plan.EstimatedMinutes,
            [.. plan.Volume.Select(v => new Training.Planning.GroupVolume(TrainingWire.FromProto(v.Region) ?? Training.Catalog.BodyRegion.Legs, v.SplitDaySets, v.PlannedSets))],
            [.. plan.RulesApplied.Where(n => PlanPreview.OrderRules.Contains(n.RuleId)).Select(TrainingWire.FromProto)],
            [.. plan.Warnings.Select(TrainingWire.FromProto)],
            response.Resumed);
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
            s.FailedSetExtraSeconds))],
            plan.DisplacedExerciseId.Length == 0 ? null : plan.DisplacedExerciseId);
    }

    /// <summary>An offer as the server answered it; null when it made none.</summary>
    public static StationOffer? FromProto(StationOfferResponse response, string superset)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Offer is null || response.Plan is null ? null : new StationOffer(superset, TrainingWire.FromProto(response.Offer), FromProto(response.Plan));
    }

    public static SeenFact FromProto(StoredFact stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new SeenFact(stored.Sequence, RecordOf(stored.Fact));
    }

    /// <summary>A set fact as the workout keeps it; null for a fact that is not about a set, or whose ids do not parse.</summary>
    public static WorkoutFact? RecordOf(Fact? fact)
    {
        if (fact is null || !Guid.TryParse(fact.FactId, out var id) || fact.OccurredAt is null)
        {
            return null;
        }

        var at = fact.OccurredAt.ToDateTimeOffset();
        return fact.BodyCase switch
        {
            Fact.BodyOneofCase.SetLogged => Lifted(id, fact.SessionId, at, fact.SetLogged).AsLogged,
            Fact.BodyOneofCase.SetCorrected when Guid.TryParse(fact.SetCorrected.TargetFactId, out var target) && fact.SetCorrected.Replacement is { } set =>
                Lifted(id, fact.SessionId, at, set).AsCorrectionOf(target),
            Fact.BodyOneofCase.SetVoided when Guid.TryParse(fact.SetVoided.TargetFactId, out var target) => new WorkoutFact(SetFact.Voided(id, at, target), null),
            _ => null,
        };
    }

    public static Fact ToProto(this LoggedSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return new Fact { FactId = set.FactId.ToString(), SessionId = set.SessionId, OccurredAt = Timestamp.FromDateTimeOffset(set.OccurredAt), SetLogged = SetLoggedOf(set) };
    }

    /// <summary>The fact that replaces the set <paramref name="target"/> with <paramref name="replacement"/>'s numbers.</summary>
    public static Fact CorrectionOf(LoggedSet replacement, Guid target)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        return new Fact
        {
            FactId = replacement.FactId.ToString(),
            SessionId = replacement.SessionId,
            OccurredAt = Timestamp.FromDateTimeOffset(replacement.OccurredAt),
            SetCorrected = new SetCorrected { TargetFactId = target.ToString(), Replacement = SetLoggedOf(replacement) },
        };
    }

    /// <summary>The fact that removes the set <paramref name="target"/> from the session.</summary>
    public static Fact VoidOf(Guid factId, string sessionId, DateTimeOffset at, Guid target) => new()
    {
        FactId = factId.ToString(),
        SessionId = sessionId,
        OccurredAt = Timestamp.FromDateTimeOffset(at),
        SetVoided = new SetVoided { TargetFactId = target.ToString(), Reason = "Removed by the member" },
    };

    private static SetLogged SetLoggedOf(LoggedSet set)
    {
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

        return logged;
    }

    private static LoggedSet Lifted(Guid id, string sessionId, DateTimeOffset at, SetLogged set) => new(
        id,
        sessionId,
        at,
        KeyOf(set),
        set.ExerciseId,
        new Training.Members.Load(set.Load, TrainingWire.FromProto(set.Unit) ?? Training.Members.WeightUnit.Kilograms),
        set.Reps,
        set.Failed,
        set.HasRpe ? set.Rpe : null);

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
