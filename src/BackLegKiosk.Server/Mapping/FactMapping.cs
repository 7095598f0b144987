using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Training.Members;
using Google.Protobuf.WellKnownTypes;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Server.Mapping;

/// <summary>Stored facts back into the contract, exactly as the device sent them.</summary>
public static class FactMapping
{
    public static Api.StoredFact ToProto(FactEntity entity)
    {
        var fact = new Api.Fact
        {
            FactId = entity.Id.ToString(),
            SessionId = entity.SessionId.ToString(),
            OccurredAt = Timestamp.FromDateTimeOffset(entity.OccurredAt),
        };
        switch (entity.Kind)
        {
            case FactKind.SessionStarted:
                fact.SessionStarted = new Api.SessionStarted();
                break;
            case FactKind.SessionCompleted:
                fact.SessionCompleted = new Api.SessionCompleted();
                break;
            case FactKind.SetLogged:
                fact.SetLogged = Set(entity);
                break;
            case FactKind.SetVoided:
                fact.SetVoided = new Api.SetVoided { TargetFactId = entity.TargetFactId?.ToString() ?? string.Empty, Reason = entity.Reason ?? string.Empty };
                break;
            case FactKind.SetCorrected:
                fact.SetCorrected = new Api.SetCorrected { TargetFactId = entity.TargetFactId?.ToString() ?? string.Empty, Replacement = Set(entity) };
                break;
        }

        return new Api.StoredFact
        {
            Sequence = entity.Sequence,
            Fact = fact,
            KioskId = entity.KioskId.ToString(),
            ReceivedAt = Timestamp.FromDateTimeOffset(entity.ReceivedAt),
        };
    }

    private static Api.SetLogged Set(FactEntity entity)
    {
        var set = new Api.SetLogged
        {
            Slot = entity.Slot ?? string.Empty,
            ExerciseId = entity.ExerciseId ?? string.Empty,
            SetNumber = entity.SetNumber ?? 0,
            Load = entity.LoadEntered ?? 0,
            Unit = (entity.Unit ?? WeightUnit.Kilograms).ToProto(),
            Reps = entity.Reps ?? 0,
            WarmUp = entity.WarmUp,
            Failed = entity.Failed,
        };
        if (entity.Rpe is { } rpe)
        {
            set.Rpe = rpe;
        }

        return set;
    }
}
