using BackLegKiosk.Contracts.Translation;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Facts;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Vocabulary;
using Google.Protobuf.WellKnownTypes;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Server.Mapping;

/// <summary>
/// Facts between the contract and the store, both ways. Coming in, each fact is checked on its own
/// (ids, slot, catalog exercise, ranges), every refusal naming the wire field; going out, a stored fact
/// is returned exactly as the device sent it.
/// </summary>
public static class FactMapping
{

    /// <summary>The fact as an entity, or <see cref="InvalidFieldException"/> naming the wire field under <paramref name="at"/> (such as <c>facts[3]</c>).</summary>
    public static FactEntity FromProto(Api.Fact fact, string at, ExerciseCatalog catalog)
    {
        var entity = new FactEntity
        {
            Id = InputRules.Id(fact.FactId, $"{at}.fact_id"),
            SessionId = InputRules.Id(fact.SessionId, $"{at}.session_id"),
            OccurredAt = Timestamps.FromProto(fact.OccurredAt, $"{at}.occurred_at"),
        };
        switch (fact.BodyCase)
        {
            case Api.Fact.BodyOneofCase.SessionStarted:
                entity.Kind = FactKind.SessionStarted;
                break;
            case Api.Fact.BodyOneofCase.SessionCompleted:
                entity.Kind = FactKind.SessionCompleted;
                break;
            case Api.Fact.BodyOneofCase.SetLogged:
                entity.Kind = FactKind.SetLogged;
                SetFromProto(fact.SetLogged, $"{at}.set_logged", entity, catalog);
                break;
            case Api.Fact.BodyOneofCase.SetVoided:
                entity.Kind = FactKind.SetVoided;
                entity.TargetFactId = InputRules.Id(fact.SetVoided.TargetFactId, $"{at}.set_voided.target_fact_id");
                entity.Reason = fact.SetVoided.Reason.Length <= 200
                    ? fact.SetVoided.Reason
                    : throw new InvalidFieldException($"{at}.set_voided.reason", "at most 200 characters");
                break;
            case Api.Fact.BodyOneofCase.SetCorrected:
                entity.Kind = FactKind.SetCorrected;
                entity.TargetFactId = InputRules.Id(fact.SetCorrected.TargetFactId, $"{at}.set_corrected.target_fact_id");
                SetFromProto(
                    fact.SetCorrected.Replacement ?? throw new InvalidFieldException($"{at}.set_corrected.replacement", "is required"),
                    $"{at}.set_corrected.replacement",
                    entity,
                    catalog);
                break;
            default:
                throw new InvalidFieldException($"{at}.body", "must be one of session_started, set_logged, set_voided, set_corrected, session_completed");
        }

        return entity;
    }

    /// <summary>A pull's cursor and page size, each refusal naming its field.</summary>
    public static (Guid SessionId, long After, int Page) CursorFromProto(string? sessionId, long afterSequence, int maxFacts) => (
        InputRules.Id(sessionId, "session_id"),
        afterSequence >= 0 ? afterSequence : throw new InvalidFieldException("after_sequence", "must not be negative"),
        maxFacts switch
        {
            0 => FactReader.DefaultPage,
            >= 1 and <= FactReader.MaxPage => maxFacts,
            _ => throw new InvalidFieldException("max_facts", $"must be between 1 and {FactReader.MaxPage} (0 for {FactReader.DefaultPage})"),
        });

    public static Api.PullFactsResponse ToProto(this FactPage page)
    {
        var response = new Api.PullFactsResponse { HasMore = page.HasMore, LastSequence = page.LastSequence };
        response.Facts.Add(page.Facts.Select(ToProto));
        return response;
    }

    /// <summary>The wire name of the part of <paramref name="fact"/> a verdict refuses, under <paramref name="at"/>.</summary>
    public static string FieldOf(FactPart part, Api.Fact fact, string at) => part switch
    {
        FactPart.SessionId => $"{at}.session_id",
        FactPart.OccurredAt => $"{at}.occurred_at",
        FactPart.TargetFactId => fact.BodyCase == Api.Fact.BodyOneofCase.SetVoided ? $"{at}.set_voided.target_fact_id" : $"{at}.set_corrected.target_fact_id",
        _ => at,
    };

    private static void SetFromProto(Api.SetLogged set, string at, FactEntity entity, ExerciseCatalog catalog)
    {
        if (set.Slot.Length != 2 || set.Slot[0] is < 'A' or > 'H' || set.Slot[1] is not ('1' or '2'))
        {
            throw new InvalidFieldException($"{at}.slot", "must be a plan slot such as A1 or B2");
        }

        if (!catalog.TryGet(set.ExerciseId, out var exercise))
        {
            throw new InvalidFieldException($"{at}.exercise_id", "is not an exercise of the catalog");
        }

        if (set.SetNumber is < 1 or > 50)
        {
            throw new InvalidFieldException($"{at}.set_number", "must be between 1 and 50");
        }

        var unit = TrainingWire.FromProto(set.Unit) ?? throw new InvalidFieldException($"{at}.unit", $"must be {Words.OneOf<WeightUnit>()}");
        if (!double.IsFinite(set.Load) || set.Load < 0 || new Load(set.Load, unit).Kilograms > Training.Sets.SetEntry.MaxLoadKg)
        {
            throw new InvalidFieldException($"{at}.load", "must be between 0 and 600 kg (1,320 lb)");
        }

        if (set.Reps is < 0 or > Training.Sets.SetEntry.MaxReps)
        {
            throw new InvalidFieldException($"{at}.reps", "must be between 0 and 100");
        }

        if (Training.Sets.SetEntry.IsEmpty(set.Reps, set.Failed))
        {
            throw new InvalidFieldException($"{at}.reps", "must be at least 1 unless the set is marked failed");
        }

        if (set.HasRpe && !Training.Sets.SetEntry.IsRpe(set.Rpe))
        {
            throw new InvalidFieldException($"{at}.rpe", "must be between 1 and 10");
        }

        entity.Slot = set.Slot;
        entity.ExerciseId = exercise.Id;
        entity.Region = exercise.Region;
        entity.SetNumber = set.SetNumber;
        entity.LoadKg = new Load(set.Load, unit).Kilograms;
        entity.LoadEntered = set.Load;
        entity.Unit = unit;
        entity.Reps = set.Reps;
        entity.Rpe = set.HasRpe ? set.Rpe : null;
        entity.WarmUp = set.WarmUp;
        entity.Failed = set.Failed;
    }

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
