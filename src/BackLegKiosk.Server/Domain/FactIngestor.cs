using System.Diagnostics;
using System.Threading.Channels;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Server.Domain;

/// <summary>
/// Stores pushed facts. Pushes that arrive while a write is in progress are written together in the
/// next transaction (group commit): one fsync covers them all, and no push is acknowledged before
/// its transaction is on disk. Within the group every fact is judged in arrival order: good items are
/// stored, bad ones rejected item by item, replays reported as duplicates (also across pushes of the
/// same group), and each stored fact gets its sequence number in the transaction that stores it.
/// </summary>
public sealed partial class FactIngestor(
    IDbContextFactory<BackLegDbContext> contexts,
    TimeProvider time,
    IOptions<ServerOptions> options,
    ChangeFeed feed,
    ServerMetrics metrics,
    ILogger<FactIngestor> logger)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);
    private const double MaxLoadKg = 600;

    /// <summary>Most facts written in one transaction; a larger group waits for the next one.</summary>
    private const int MaxGroupFacts = 5000;

    private readonly Channel<PendingPush> _queue = Channel.CreateUnbounded<PendingPush>(new UnboundedChannelOptions { SingleReader = true });
    private int _draining;

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
        var now = time.GetUtcNow();
        var maxAhead = TimeSpan.FromMinutes(options.Value.ClockAheadMinutes);
        var parsed = facts.Select((fact, index) => Parse(fact, index, now, maxAhead)).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var pending = new PendingPush(kioskId, memberId, facts, parsed, new TaskCompletionSource<Api.FactResult[]>(TaskCreationOptions.RunContinuationsAsynchronously));
            _queue.Writer.TryWrite(pending);
            StartDraining();
            try
            {
                // Once queued, the write goes ahead even if this caller gives up: it is idempotent, and a
                // retry will find the facts stored.
                var results = await pending.Done.Task.WaitAsync(cancellationToken);
                metrics.PushDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return [.. results];
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another server process stored one of these ids between our read and our write;
                // the next attempt sees it and reports it as a duplicate.
            }
        }
    }

    private void StartDraining()
    {
        if (Interlocked.CompareExchange(ref _draining, 1, 0) == 0)
        {
            _ = Task.Run(DrainAsync);
        }
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            var group = new List<PendingPush>();
            var size = 0;
            while (size < MaxGroupFacts && _queue.Reader.TryRead(out var next))
            {
                group.Add(next);
                size += next.Facts.Count;
            }

            if (group.Count == 0)
            {
                Volatile.Write(ref _draining, 0);

                // A push queued after the last read and before the flag dropped would otherwise wait forever.
                if (_queue.Reader.Count == 0 || Interlocked.CompareExchange(ref _draining, 1, 0) != 0)
                {
                    return;
                }

                continue;
            }

            try
            {
                await StoreGroupAsync(group);
            }
            catch (Exception ex)
            {
                LogGroupFailed(logger, ex, group.Count);
                foreach (var push in group)
                {
                    push.Done.TrySetException(ex);
                }
            }
        }
    }

    private async Task StoreGroupAsync(List<PendingPush> group)
    {
        var now = time.GetUtcNow();
        var entities = group.SelectMany(p => p.Parsed).Where(p => p.Entity is not null).Select(p => p.Entity!).ToList();
        var ids = entities.Select(e => e.Id).Distinct().ToList();
        var sessionIds = entities.Select(e => e.SessionId).Distinct().ToList();

        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var existing = new Dictionary<Guid, long>();
        await foreach (var (id, sequence) in ExistingFacts(db, ids))
        {
            existing[id] = sequence;
        }

        var sessions = new Dictionary<Guid, SessionEntity>();
        await foreach (var session in SessionsByIds(db, sessionIds))
        {
            sessions[session.Id] = session;
        }

        // Tracked, so the counted flags the fold changes on stored sets are saved with the group.
        var sets = sessionIds.ToDictionary(id => id, _ => new List<FactEntity>());
        await foreach (var fact in SetFactsOfSessions(db, sessionIds))
        {
            sets[fact.SessionId].Add(fact);
        }

        var judged = group.Select(p => Judge(p, now, existing, sessions, sets)).ToList();
        var stored = judged.SelectMany(j => j.Accepted.Select(a => a.Entity)).ToList();
        foreach (var session in stored.Where(EffectiveSets.IsSetFact).Select(e => e.SessionId).Distinct())
        {
            EffectiveSets.Mark(sets[session]);
        }

        if (stored.Count > 0)
        {
            await FactInserter.InsertAsync(db, stored, CancellationToken.None);
            db.ChangeTracker.DetectChanges();
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(CancellationToken.None);
            }

            foreach (var kiosk in group.GroupBy(p => p.KioskId))
            {
                var count = judged.Where(j => j.Push.KioskId == kiosk.Key).Sum(j => j.Accepted.Count);
                await db.Kiosks.Where(k => k.Id == kiosk.Key).ExecuteUpdateAsync(
                    k => k.SetProperty(x => x.LastPushAt, now).SetProperty(x => x.LastSeenAt, now).SetProperty(x => x.FactsReceived, x => x.FactsReceived + count));
            }
        }

        await transaction.CommitAsync(CancellationToken.None);

        var sequences = stored.ToDictionary(e => e.Id, e => e.Sequence);
        foreach (var (push, results, accepted) in judged)
        {
            foreach (var (index, entity, sameSetAs) in accepted)
            {
                results[index].Outcome = sameSetAs is null ? Api.FactOutcome.Accepted : Api.FactOutcome.SettledAsCorrection;
                results[index].SameSetAs = sameSetAs?.ToString() ?? string.Empty;
                results[index].Sequence = entity.Sequence;
            }

            // Duplicates within the group point at the copy stored first, whose sequence is now known.
            foreach (var result in results.Where(r => r.Outcome == Api.FactOutcome.Duplicate && r.Sequence == 0))
            {
                result.Sequence = sequences[Guid.Parse(result.FactId)];
            }

            Count(results);
            push.Done.TrySetResult(results);
        }

        foreach (var session in stored.GroupBy(e => e.SessionId))
        {
            feed.Publish(new Change(session.Key, session.Max(e => e.Sequence)));
        }
    }

    // The group's reads run for every write, so they are compiled once.
    private static readonly Func<BackLegDbContext, List<Guid>, IAsyncEnumerable<(Guid Id, long Sequence)>> ExistingFacts =
        EF.CompileAsyncQuery((BackLegDbContext db, List<Guid> ids) => db.Facts.Where(f => ids.Contains(f.Id)).Select(f => ValueTuple.Create(f.Id, f.Sequence)));

    private static readonly Func<BackLegDbContext, List<Guid>, IAsyncEnumerable<SessionEntity>> SessionsByIds =
        EF.CompileAsyncQuery((BackLegDbContext db, List<Guid> ids) => db.Sessions.Where(s => ids.Contains(s.Id)));

    private static readonly Func<BackLegDbContext, List<Guid>, IAsyncEnumerable<FactEntity>> SetFactsOfSessions =
        EF.CompileAsyncQuery((BackLegDbContext db, List<Guid> ids) =>
            db.Facts.Where(f => ids.Contains(f.SessionId) && (f.Kind == FactKind.SetLogged || f.Kind == FactKind.SetCorrected || f.Kind == FactKind.SetVoided)));

    /// <summary>Decides each fact of one push against the store and the pushes before it in the group.</summary>
    private static (PendingPush Push, Api.FactResult[] Results, List<(int Index, FactEntity Entity, Guid? SameSetAs)> Accepted) Judge(
        PendingPush push,
        DateTimeOffset now,
        Dictionary<Guid, long> existing,
        Dictionary<Guid, SessionEntity> sessions,
        Dictionary<Guid, List<FactEntity>> sets)
    {
        var results = new Api.FactResult[push.Facts.Count];
        var accepted = new List<(int Index, FactEntity Entity, Guid? SameSetAs)>();
        for (var i = 0; i < push.Parsed.Count; i++)
        {
            var (entity, field, reason) = push.Parsed[i];
            results[i] = new Api.FactResult { FactId = push.Facts[i].FactId ?? string.Empty };
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

            if (!sessions.TryGetValue(entity.SessionId, out var session) || session.MemberId != push.MemberId)
            {
                Reject(results[i], $"facts[{i}].session_id", "no such session for the member checked in on this kiosk");
                continue;
            }

            // A set done before the member finished still counts when its kiosk delivers it late.
            if (session.CompletedAt is { } completed && (entity.Kind == FactKind.SessionCompleted || entity.OccurredAt > completed))
            {
                Reject(results[i], $"facts[{i}]", "the session is completed; it takes nothing that happened after");
                continue;
            }

            var sessionSets = sets[entity.SessionId];
            if (entity.TargetFactId is { } target && !sessionSets.Any(t => t.Id == target && t.Kind is FactKind.SetLogged or FactKind.SetCorrected))
            {
                Reject(results[i], $"facts[{i}].target_fact_id", "must name a logged set of the same session");
                continue;
            }

            // Sequence 0 until the group is saved; later copies of this id in the group are duplicates of it.
            existing[entity.Id] = 0;
            entity.MemberId = push.MemberId;
            entity.KioskId = push.KioskId;
            entity.ReceivedAt = now;
            accepted.Add((i, entity, entity.Kind == FactKind.SetLogged ? SameSet(sessionSets, entity) : null));
            if (EffectiveSets.IsSetFact(entity))
            {
                sessionSets.Add(entity);
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

        return (push, results, accepted);
    }

    /// <summary>A live set of the session already logged as the same slot and set number: the two settle as a correction.</summary>
    private static Guid? SameSet(List<FactEntity> sessionSets, FactEntity set)
    {
        var key = EffectiveSets.KeyOf(set);
        var replaced = sessionSets.Where(f => f.TargetFactId is not null).Select(f => f.TargetFactId!.Value).ToHashSet();
        return sessionSets.FirstOrDefault(f => f.Kind is FactKind.SetLogged or FactKind.SetCorrected && !replaced.Contains(f.Id) && EffectiveSets.KeyOf(f) == key)?.Id;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing a group of {Pushes} pushes failed; each push sees the error")]
    private static partial void LogGroupFailed(ILogger logger, Exception exception, int pushes);

    private sealed record PendingPush(
        Guid KioskId,
        Guid MemberId,
        IReadOnlyList<Api.Fact> Facts,
        List<(FactEntity? Entity, string? Field, string? Reason)> Parsed,
        TaskCompletionSource<Api.FactResult[]> Done);

    private void Count(Api.FactResult[] results)
    {
        metrics.FactsIngested.Add(results.Count(r => r.Outcome is Api.FactOutcome.Accepted or Api.FactOutcome.SettledAsCorrection));
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
    private static (FactEntity? Entity, string? Field, string? Reason) Parse(Api.Fact fact, int index, DateTimeOffset now, TimeSpan maxAhead)
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

        DateTimeOffset occurred;
        try
        {
            occurred = InputRules.Time(fact.OccurredAt, $"{at}.occurred_at");
        }
        catch (InvalidFieldException ex)
        {
            return (null, ex.Field, ex.Reason);
        }

        if (occurred > now + maxAhead)
        {
            return (null, $"{at}.occurred_at", $"is more than {maxAhead.TotalMinutes:0} minutes ahead of the server's clock (BackLeg:ClockAheadMinutes)");
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
