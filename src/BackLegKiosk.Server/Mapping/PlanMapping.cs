using BackLegKiosk.Contracts.Translation;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Vocabulary;
using Google.Protobuf.WellKnownTypes;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Server.Mapping;

/// <summary>Plans and profiles between Training and the contract.</summary>
public static class PlanMapping
{
    public static Api.MemberProfile ToProto(this MemberProfile profile)
    {
        var proto = new Api.MemberProfile
        {
            Experience = profile.Experience.ToProto(),
            Goal = profile.Goal.ToProto(),
            SplitDaySetsLegs = profile.SplitDaySetsLegs,
            SplitDaySetsBack = profile.SplitDaySetsBack,
            BodyWeightKg = profile.BodyWeightKg,
            AvailableMinutes = profile.AvailableMinutes,
            Units = profile.Units.ToProto(),
        };
        foreach (var (exerciseId, kg) in profile.OneRepMaxesKg)
        {
            proto.OneRepMaxesKg[exerciseId] = kg;
        }

        return proto;
    }

    /// <summary>A profile from the contract, refused with the first field in error named as the client knows it.</summary>
    public static MemberProfile FromProto(Api.MemberProfile? proto)
    {
        if (proto is null)
        {
            throw new InvalidFieldException("profile", "is required");
        }

        var profile = new MemberProfile(
            TrainingWire.FromProto(proto.Experience) ?? throw new InvalidFieldException("profile.experience", $"must be {Words.OneOf<Experience>()}"),
            TrainingWire.FromProto(proto.Goal) ?? throw new InvalidFieldException("profile.goal", "must be legs priority, back priority, strength or limited time"),
            proto.SplitDaySetsLegs,
            proto.SplitDaySetsBack,
            proto.BodyWeightKg,
            proto.OneRepMaxesKg.ToDictionary(StringComparer.Ordinal),
            proto.AvailableMinutes,
            TrainingWire.FromProto(proto.Units) ?? throw new InvalidFieldException("profile.units", $"must be {Words.OneOf<WeightUnit>()}"));
        var errors = profile.Validate();
        if (errors.Count > 0)
        {
            throw new InvalidFieldException(FieldNames.ToProto(errors[0].Field), errors[0].Message);
        }

        if (profile.OneRepMaxesKg.Count > 50)
        {
            throw new InvalidFieldException("profile.one_rep_maxes_kg", "at most 50 entries");
        }

        return profile;
    }

    public static Api.SessionPlan ToProto(this SessionPlan plan, Guid sessionId, DateTimeOffset plannedAt)
    {
        var proto = new Api.SessionPlan
        {
            SessionId = sessionId.ToString(),
            Readiness = plan.Readiness.ToProto(),
            Focus = plan.Focus.ToProto(),
            EstimatedMinutes = plan.EstimatedMinutes,
            PlannedAt = Timestamp.FromDateTimeOffset(plannedAt),
            DisplacedExerciseId = plan.Displaced?.Id ?? string.Empty,
        };
        proto.Supersets.Add(plan.Supersets.Select(s => new Api.Superset
        {
            Label = s.Label,
            First = s.First.ToProto(),
            Second = s.Second.ToProto(),
            ShortRestSeconds = s.ShortRestSeconds,
            FullRestSeconds = s.FullRestSeconds,
            FailedSetExtraSeconds = s.FailedSetExtraSeconds,
        }));
        proto.Volume.Add(plan.Volume.Select(v => new Api.GroupVolume
        {
            Region = v.Region.ToProto(),
            SplitDaySets = v.SplitDaySets,
            PlannedSets = v.PlannedSets,
            CutPercent = v.CutPercent,
        }));
        proto.RulesApplied.Add(plan.RulesApplied.Select(TrainingWire.ToProto));
        proto.Warnings.Add(plan.Warnings.Select(TrainingWire.ToProto));
        return proto;
    }

    /// <summary>A kept plan back in Training's terms, its lifts from <paramref name="catalog"/>; one naming a lift the catalog lost cannot be changed.</summary>
    public static SessionPlan FromProto(Api.SessionPlan plan, ExerciseCatalog catalog)
    {
        Exercise Lift(string id) => catalog.TryGet(id, out var exercise) ? exercise
            : throw new WrongStateException($"The session's plan names '{id}', which this server's catalog no longer has.");
        PlannedExercise Planned(Api.PlannedExercise e) => new(
            e.Slot,
            Lift(e.ExerciseId),
            e.WorkingSets,
            e.RepTarget,
            TrainingWire.FromProto(e.Load),
            e.TargetRir,
            [.. e.WarmUps.Select(w => new WarmUpSet(w.Reps, w.FractionOfWorkingLoad, TrainingWire.FromProto(w.Load)))]);
        return new SessionPlan(
            TrainingWire.FromProto(plan.Readiness),
            TrainingWire.FromProto(plan.Focus) ?? BodyRegion.Legs,
            [.. plan.Supersets.Select(s => new Superset(s.Label, Planned(s.First), Planned(s.Second), s.ShortRestSeconds, s.FullRestSeconds, s.FailedSetExtraSeconds))],
            [.. plan.Volume.Select(v => new GroupVolume(TrainingWire.FromProto(v.Region) ?? BodyRegion.Legs, v.SplitDaySets, v.PlannedSets))],
            plan.EstimatedMinutes,
            [.. plan.RulesApplied.Select(TrainingWire.FromProto)],
            [.. plan.Warnings.Select(TrainingWire.FromProto)],
            plan.DisplacedExerciseId.Length == 0 ? null : Lift(plan.DisplacedExerciseId));
    }

    private static Api.PlannedExercise ToProto(this PlannedExercise exercise)
    {
        var proto = new Api.PlannedExercise
        {
            Slot = exercise.Slot,
            ExerciseId = exercise.Exercise.Id,
            ExerciseName = exercise.Exercise.Name,
            Region = exercise.Exercise.Region.ToProto(),
            WorkingSets = exercise.WorkingSets,
            RepTarget = exercise.RepTarget,
            TargetRir = exercise.TargetRir,
            RestSeconds = exercise.Exercise.RestSeconds,
            Load = exercise.Load is { } load ? load.ToProto() : null,
        };
        proto.WarmUps.Add(exercise.WarmUps.Select(w => new Api.WarmUpSet
        {
            Reps = w.Reps,
            FractionOfWorkingLoad = w.FractionOfWorkingLoad,
            Load = w.Load is { } l ? l.ToProto() : null,
        }));
        return proto;
    }
}
