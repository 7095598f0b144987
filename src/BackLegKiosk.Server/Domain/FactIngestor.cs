using System.Diagnostics;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Server.Domain;

/// <summary>Serialises pushes inside one server process; the database's unique fact id covers several processes.</summary>
public sealed class WriteGate
{
    public SemaphoreSlim Semaphore { get; } = new(1, 1);
}

/// <summary>
/// Stores pushed facts. One transaction per batch: good items are stored, bad ones rejected item by
/// item, replays reported as duplicates; each stored fact gets its sequence number in that transaction.
/// </summary>
public sealed class FactIngestor(
    IDbContextFactory<BackLegDbContext> contexts,
    WriteGate gate,
    TimeProvider time,
    IOptions<ServerOptions> options,
    ChangeFeed feed,
    ServerMetrics metrics)
{
    private static readonly TimeSpan MaxAhead = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);
    private const double MaxLoadKg = 600;

    public async Task<List<Api.FactResult>> PushAsync(Guid kioskId, Guid memberId, IReadOnlyList<Api.Fact> facts, CancellationToken cancellationToken)
    {
        if (facts.Count == 0)
        {
            throw new InvalidFieldException("facts", "must hold at least one fact");
        }

        if (facts.Count > options.Value.MaxBatch)
        {
            throw new InvalidFieldException("facts", $"at most {options.Value.MaxBatch} facts per push");
        }

        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var results = await StoreAsync(kioskId, memberId, facts, cancellationToken);
                metrics.PushDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return results;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another server process stored one of these ids between our read and our write;
                // the next attempt sees it and reports it as a duplicate.
            }
        }
    }

    private async Task<List<Api.FactResult>> StoreAsync(Guid kioskId, Guid memberId, IReadOnlyList<Api.Fact> facts, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var parsed = facts.Select((fact, index) => Parse(fact, index, now)).ToList();
        var ids = parsed.Where(p => p.Entity is not null).Select(p => p.Entity!.Id).Distinct().ToList();
        var sessionIds = parsed.Where(p => p.Entity is not null).Select(p => p.Entity!.SessionId).Distinct().ToList();
        var targetIds = parsed.Where(p => p.Entity?.TargetFactId is not null).Select(p => p.Entity!.TargetFactId!.Value).Distinct().ToList();

        await gate.Semaphore.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var existing = await db.Facts.Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.Sequence }).ToDictionaryAsync(f => f.Id, f => f.Sequence, cancellationToken);
            var sessions = await db.Sessions.Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
            var targets = await db.Facts.Where(f => targetIds.Contains(f.Id)).Select(f => new { f.Id, f.SessionId, f.Kind })
                .ToDictionaryAsync(f => f.Id, f => (f.SessionId, f.Kind), cancellationToken);

            var results = new Api.FactResult[facts.Count];
            var accepted = new List<(int Index, FactEntity Entity)>();
            var batchIds = new Dictionary<Guid, int>();
            for (var i = 0; i < parsed.Count; i++)
            {
                var (entity, field, reason) = parsed[i];
                results[i] = new Api.FactResult { FactId = facts[i].FactId ?? string.Empty };
                if (entity is null)
                {
                    Reject(results[i], field!, reason!);
                    continue;
                }

                if (existing.TryGetValue(entity.Id, out var sequence))
                {
                    results[i].Outcome = Api.FactOutcome.Duplicate;
                    results[i].Sequence = sequence;
                    continue;
                }

                if (batchIds.TryGetValue(entity.Id, out var first))
                {
                    results[i].Outcome = Api.FactOutcome.Duplicate;
                    results[i].Sequence = -first - 1;
                    continue;
                }

                if (!sessions.TryGetValue(entity.SessionId, out var session) || session.MemberId != memberId)
                {
                    Reject(results[i], $"facts[{i}].session_id", "no such session for the member checked in on this kiosk");
                    continue;
                }

                if (session.CompletedAt is not null)
                {
                    Reject(results[i], $"facts[{i}]", "the session is completed; it takes no more facts");
                    continue;
                }

                if (entity.TargetFactId is { } target && !(targets.TryGetValue(target, out var t) && t.SessionId == entity.SessionId && t.Kind is FactKind.SetLogged or FactKind.SetCorrected))
                {
                    Reject(results[i], $"facts[{i}].target_fact_id", "must name a logged set of the same session");
                    continue;
                }

                entity.MemberId = memberId;
                entity.KioskId = kioskId;
                entity.ReceivedAt = now;
                db.Facts.Add(entity);
                accepted.Add((i, entity));
                batchIds[entity.Id] = i;
                if (entity.Kind is FactKind.SetLogged or FactKind.SetCorrected)
                {
                    targets[entity.Id] = (entity.SessionId, entity.Kind);
                }

                if (entity.Kind == FactKind.SessionCompleted)
                {
                    session.CompletedAt = entity.OccurredAt;
                }
                else if (session.StartedAt is null || entity.OccurredAt < session.StartedAt)
                {
                    session.StartedAt = entity.OccurredAt;
                }
            }

            if (accepted.Count > 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                await db.Kiosks.Where(k => k.Id == kioskId).ExecuteUpdateAsync(
                    k => k.SetProperty(x => x.LastPushAt, now).SetProperty(x => x.LastSeenAt, now).SetProperty(x => x.FactsReceived, x => x.FactsReceived + accepted.Count),
                    cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);

            foreach (var (index, entity) in accepted)
            {
                results[index].Outcome = Api.FactOutcome.Accepted;
                results[index].Sequence = entity.Sequence;
            }

            // A fact repeated within the batch reports the sequence its first copy got.
            foreach (var result in results.Where(r => r.Outcome == Api.FactOutcome.Duplicate && r.Sequence < 0))
            {
                result.Sequence = results[(int)(-result.Sequence - 1)].Sequence;
            }

            Count(results);
            foreach (var sessionId in accepted.Select(a => a.Entity.SessionId).Distinct())
            {
                feed.Publish(new Change(sessionId, accepted.Where(a => a.Entity.SessionId == sessionId).Max(a => a.Entity.Sequence)));
            }

            return [.. results];
        }
        finally
        {
            gate.Semaphore.Release();
        }
    }

    private void Count(Api.FactResult[] results)
    {
        metrics.FactsIngested.Add(results.Count(r => r.Outcome == Api.FactOutcome.Accepted));
        metrics.FactsDuplicate.Add(results.Count(r => r.Outcome == Api.FactOutcome.Duplicate));
        metrics.FactsRejected.Add(results.Count(r => r.Outcome == Api.FactOutcome.Rejected));
    }

    private static void Reject(Api.FactResult result, string field, string reason)
    {
        result.Outcome = Api.FactOutcome.Rejected;
        result.Field = field;
        result.Reason = reason;
    }

    /// <summary>Checks one fact on its own; the entity, or the field and reason it is refused for.</summary>
    private static (FactEntity? Entity, string? Field, string? Reason) Parse(Api.Fact fact, int index, DateTimeOffset now)
    {
        var at = $"facts[{index}]";
        if (!Guid.TryParse(fact.FactId, out var id) || id == Guid.Empty)
        {
            return (null, $"{at}.fact_id", "must be a UUID");
        }

        if (!Guid.TryParse(fact.SessionId, out var sessionId))
        {
            return (null, $"{at}.session_id", "must be a UUID");
        }

        if (fact.OccurredAt is null)
        {
            return (null, $"{at}.occurred_at", "is required");
        }

        DateTimeOffset occurred;
        try
        {
            occurred = fact.OccurredAt.ToDateTimeOffset();
        }
        catch (ArgumentOutOfRangeException)
        {
            return (null, $"{at}.occurred_at", "is not a valid time");
        }

        if (occurred > now + MaxAhead)
        {
            return (null, $"{at}.occurred_at", "is more than 5 minutes in the future");
        }

        if (occurred < now - MaxAge)
        {
            return (null, $"{at}.occurred_at", "is more than 30 days old");
        }

        var entity = new FactEntity { Id = id, SessionId = sessionId, OccurredAt = occurred };
        switch (fact.BodyCase)
        {
            case Api.Fact.BodyOneofCase.SessionStarted:
                entity.Kind = FactKind.SessionStarted;
                return (entity, null, null);
            case Api.Fact.BodyOneofCase.SessionCompleted:
                entity.Kind = FactKind.SessionCompleted;
                return (entity, null, null);
            case Api.Fact.BodyOneofCase.SetLogged:
                entity.Kind = FactKind.SetLogged;
                return ParseSet(fact.SetLogged, $"{at}.set_logged", entity);
            case Api.Fact.BodyOneofCase.SetVoided:
                entity.Kind = FactKind.SetVoided;
                if (!Guid.TryParse(fact.SetVoided.TargetFactId, out var voided))
                {
                    return (null, $"{at}.set_voided.target_fact_id", "must be a UUID");
                }

                if (fact.SetVoided.Reason.Length > 200)
                {
                    return (null, $"{at}.set_voided.reason", "at most 200 characters");
                }

                entity.TargetFactId = voided;
                entity.Reason = fact.SetVoided.Reason;
                return (entity, null, null);
            case Api.Fact.BodyOneofCase.SetCorrected:
                entity.Kind = FactKind.SetCorrected;
                if (!Guid.TryParse(fact.SetCorrected.TargetFactId, out var corrected))
                {
                    return (null, $"{at}.set_corrected.target_fact_id", "must be a UUID");
                }

                if (fact.SetCorrected.Replacement is null)
                {
                    return (null, $"{at}.set_corrected.replacement", "is required");
                }

                entity.TargetFactId = corrected;
                return ParseSet(fact.SetCorrected.Replacement, $"{at}.set_corrected.replacement", entity);
            default:
                return (null, $"{at}.body", "must be one of session_started, set_logged, set_voided, set_corrected, session_completed");
        }
    }

    private static (FactEntity? Entity, string? Field, string? Reason) ParseSet(Api.SetLogged set, string at, FactEntity entity)
    {
        if (set.Slot.Length != 2 || set.Slot[0] is < 'A' or > 'H' || set.Slot[1] is not ('1' or '2'))
        {
            return (null, $"{at}.slot", "must be a plan slot such as A1 or B2");
        }

        if (!ExerciseCatalog.Default.TryGet(set.ExerciseId, out var exercise))
        {
            return (null, $"{at}.exercise_id", "is not an exercise of the catalog");
        }

        if (set.SetNumber is < 1 or > 50)
        {
            return (null, $"{at}.set_number", "must be between 1 and 50");
        }

        var unit = Mapping.EnumMapping.FromProto(set.Unit);
        if (unit is null)
        {
            return (null, $"{at}.unit", "must be kg or lb");
        }

        var kg = new Load(set.Load, unit.Value).Kilograms;
        if (!double.IsFinite(set.Load) || set.Load < 0 || kg > MaxLoadKg)
        {
            return (null, $"{at}.load", "must be between 0 and 600 kg (1,320 lb)");
        }

        if (set.Reps is < 0 or > 100)
        {
            return (null, $"{at}.reps", "must be between 0 and 100");
        }

        if (set.HasRpe && (!double.IsFinite(set.Rpe) || set.Rpe is < 1 or > 10))
        {
            return (null, $"{at}.rpe", "must be between 1 and 10");
        }

        entity.Slot = set.Slot;
        entity.ExerciseId = exercise.Id;
        entity.Region = exercise.Region;
        entity.SetNumber = set.SetNumber;
        entity.LoadKg = kg;
        entity.LoadEntered = set.Load;
        entity.Unit = unit;
        entity.Reps = set.Reps;
        entity.Rpe = set.HasRpe ? set.Rpe : null;
        entity.WarmUp = set.WarmUp;
        entity.Failed = set.Failed;
        return (entity, null, null);
    }
}
