using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.History;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Recovery;
using Google.Protobuf.WellKnownTypes;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Contracts.Translation;

/// <summary>
/// Training's words and values on the wire, both ways, in the one place the server and the kiosk share:
/// the server sends what the kiosk reads back. An unspecified or unknown contract enum maps to null,
/// so the side reading it decides whether that is an error (the server) or a default (the kiosk).
/// </summary>
public static class TrainingWire
{
    /// <summary>The contract's experience level.</summary>
    public static Api.Experience ToProto(this Experience value) => value switch
    {
        Experience.Beginner => Api.Experience.Beginner,
        Experience.Intermediate => Api.Experience.Intermediate,
        _ => Api.Experience.Advanced,
    };

    /// <summary>Training's experience level; null when unspecified.</summary>
    public static Experience? FromProto(Api.Experience value) => value switch
    {
        Api.Experience.Beginner => Experience.Beginner,
        Api.Experience.Intermediate => Experience.Intermediate,
        Api.Experience.Advanced => Experience.Advanced,
        _ => null,
    };

    /// <summary>The contract's training goal.</summary>
    public static Api.TrainingGoal ToProto(this TrainingGoal value) => value switch
    {
        TrainingGoal.LegsPriority => Api.TrainingGoal.LegsPriority,
        TrainingGoal.BackPriority => Api.TrainingGoal.BackPriority,
        TrainingGoal.Strength => Api.TrainingGoal.Strength,
        _ => Api.TrainingGoal.LimitedTime,
    };

    /// <summary>Training's goal; null when unspecified.</summary>
    public static TrainingGoal? FromProto(Api.TrainingGoal value) => value switch
    {
        Api.TrainingGoal.LegsPriority => TrainingGoal.LegsPriority,
        Api.TrainingGoal.BackPriority => TrainingGoal.BackPriority,
        Api.TrainingGoal.Strength => TrainingGoal.Strength,
        Api.TrainingGoal.LimitedTime => TrainingGoal.LimitedTime,
        _ => null,
    };

    /// <summary>The contract's weight unit.</summary>
    public static Api.WeightUnit ToProto(this WeightUnit value) =>
        value == WeightUnit.Pounds ? Api.WeightUnit.Lb : Api.WeightUnit.Kg;

    /// <summary>Training's weight unit; null when unspecified.</summary>
    public static WeightUnit? FromProto(Api.WeightUnit value) => value switch
    {
        Api.WeightUnit.Kg => WeightUnit.Kilograms,
        Api.WeightUnit.Lb => WeightUnit.Pounds,
        _ => null,
    };

    /// <summary>The contract's body region.</summary>
    public static Api.BodyRegion ToProto(this BodyRegion value) =>
        value == BodyRegion.Legs ? Api.BodyRegion.Legs : Api.BodyRegion.Back;

    /// <summary>Training's body region; null when unspecified.</summary>
    public static BodyRegion? FromProto(Api.BodyRegion value) => value switch
    {
        Api.BodyRegion.Legs => BodyRegion.Legs,
        Api.BodyRegion.Back => BodyRegion.Back,
        _ => null,
    };

    /// <summary>The contract's readiness status.</summary>
    public static Api.ReadinessStatus ToProto(this ReadinessStatus value) => value switch
    {
        ReadinessStatus.Go => Api.ReadinessStatus.Go,
        ReadinessStatus.GoWithWarnings => Api.ReadinessStatus.GoWithWarnings,
        _ => Api.ReadinessStatus.NotToday,
    };

    /// <summary>Training's readiness status; null when unspecified.</summary>
    public static ReadinessStatus? FromProto(Api.ReadinessStatus value) => value switch
    {
        Api.ReadinessStatus.Go => ReadinessStatus.Go,
        Api.ReadinessStatus.GoWithWarnings => ReadinessStatus.GoWithWarnings,
        Api.ReadinessStatus.NotToday => ReadinessStatus.NotToday,
        _ => null,
    };

    /// <summary>The contract's load.</summary>
    public static Api.Load ToProto(this Load load) => new() { Value = load.Value, Unit = load.Unit.ToProto() };

    /// <summary>Training's load; null when the contract has none. An unspecified unit reads as kilograms.</summary>
    public static Load? FromProto(Api.Load? load) => load is null ? null : new Load(load.Value, FromProto(load.Unit) ?? WeightUnit.Kilograms);

    /// <summary>The contract's rule note.</summary>
    public static Api.RuleNote ToProto(this RuleNote note) => NoteWire.ToProto(note);

    /// <summary>Training's rule note.</summary>
    public static RuleNote FromProto(Api.RuleNote note) => NoteWire.FromProto(note);

    /// <summary>The contract's readiness.</summary>
    public static Api.Readiness ToProto(this Readiness readiness)
    {
        ArgumentNullException.ThrowIfNull(readiness);
        var proto = new Api.Readiness { Status = readiness.Status.ToProto(), HoursUntilReady = readiness.HoursUntilReady };
        if (readiness.ReadyAt is { } at)
        {
            proto.ReadyAt = Timestamp.FromDateTimeOffset(at);
        }

        proto.Reasons.Add(readiness.Reasons.Select(ToProto));
        return proto;
    }

    /// <summary>Training's readiness; a missing or unspecified status reads as "not today", the safe side.</summary>
    public static Readiness FromProto(Api.Readiness? readiness) => readiness is null
        ? new Readiness(ReadinessStatus.NotToday, 0, null, [])
        : new Readiness(
            FromProto(readiness.Status) ?? ReadinessStatus.NotToday,
            readiness.HoursUntilReady,
            readiness.ReadyAt?.ToDateTimeOffset(),
            [.. readiness.Reasons.Select(FromProto)]);

    /// <summary>The contract's recovery advice.</summary>
    public static Api.RecoveryAdvice ToProto(this RecoveryAdvice advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        var proto = new Api.RecoveryAdvice
        {
            SleepTargetMinHours = advice.SleepTargetMinHours,
            SleepTargetMaxHours = advice.SleepTargetMaxHours,
            ShortSleepLastNight = advice.ShortSleepLastNight,
            ProteinGrams = advice.ProteinGrams,
            CarbohydrateGrams = advice.CarbohydrateGrams,
            NextHardSessionFrom = Timestamp.FromDateTimeOffset(advice.NextHardSessionFrom),
        };
        proto.Notes.Add(advice.Notes.Select(n => n.Text));
        proto.AdviceNotes.Add(advice.Notes.Select(ToProto));
        return proto;
    }

    /// <summary>Training's recovery advice; a missing next-session time reads as the start of time, i.e. "now".</summary>
    public static RecoveryAdvice FromProto(Api.RecoveryAdvice? advice) => advice is null
        ? new RecoveryAdvice(0, 0, false, 0, 0, DateTimeOffset.MinValue, [])
        : new RecoveryAdvice(
            advice.SleepTargetMinHours,
            advice.SleepTargetMaxHours,
            advice.ShortSleepLastNight,
            advice.ProteinGrams,
            advice.CarbohydrateGrams,
            advice.NextHardSessionFrom?.ToDateTimeOffset() ?? DateTimeOffset.MinValue,
            advice.AdviceNotes.Count > 0 ? [.. advice.AdviceNotes.Select(FromProto)] : [.. advice.Notes.Select(n => RuleNote.Plain("R10", n))]);

    /// <summary>The contract's answer to a completed session.</summary>
    public static Api.CompleteSessionResponse ToProto(this SessionCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        var response = new Api.CompleteSessionResponse
        {
            Advice = completion.Advice.ToProto(),
            PlannedMinutes = completion.PlannedMinutes,
            ActualMinutes = completion.ActualMinutes,
        };
        response.Summary.Add(completion.Summary.Select(s => new Api.GroupSummary
        {
            Region = s.Region.ToProto(),
            PlannedSets = s.PlannedSets,
            DoneSets = s.DoneSets,
            FailedSets = s.FailedSets,
        }));
        return response;
    }

    /// <summary>Training's completed session; a group with an unspecified region is left out.</summary>
    public static SessionCompletion FromProto(Api.CompleteSessionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new SessionCompletion(
            FromProto(response.Advice),
            [.. response.Summary
                .Where(s => FromProto(s.Region) is not null)
                .Select(s => new RegionSummary(FromProto(s.Region)!.Value, s.PlannedSets, s.DoneSets, s.FailedSets))],
            response.PlannedMinutes,
            response.ActualMinutes);
    }
}
