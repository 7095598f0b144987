using System.Diagnostics;
using System.Threading.Channels;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Facts;
using BackLegKiosk.Server.Domain.Staff;
using BackLegKiosk.Server.Domain.Failures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Data;

/// <summary>
/// Stores facts by group commit: pushes that arrive while a write is in progress are written together
/// in the next transaction, so one fsync covers them all, and no push is answered before its
/// transaction is on disk. The <see cref="Judge"/> decides every fact of the group in arrival order
/// (replays are duplicates across pushes of one group too); each stored fact gets its sequence number
/// in the transaction that stores it, in commit order across replicas (<see cref="FactOrder"/>), and
/// each session's change is published once, after commit.
/// </summary>
public sealed partial class FactWriter(
    IDbContextFactory<BackLegDbContext> contexts,
    TimeProvider time,
    IOptions<ServerOptions> options,
    ChangeFeed feed,
    ServerMetrics metrics,
    ILogger<FactWriter> logger)
{
    /// <summary>Most facts written in one transaction; a larger group waits for the next one.</summary>
    private const int MaxGroupFacts = 5000;

    /// <summary>Long enough for a full queue to drain a few group commits, short enough that a kiosk's sets stay near live.</summary>
    private static readonly TimeSpan QueueFullRetry = TimeSpan.FromSeconds(2);

    private readonly Channel<PendingWrite> _queue = Channel.CreateBounded<PendingWrite>(new BoundedChannelOptions(options.Value.IngestQueue) { SingleReader = true });

    /// <summary>1 once the one consumer runs: the first write starts it and it waits on the channel from then on.</summary>
    private int _started;

    /// <summary>Judges and stores the facts one kiosk recorded for one member; one verdict per fact, in order.</summary>
    public async Task<IReadOnlyList<FactVerdict>> WriteAsync(Guid kioskId, Guid memberId, IReadOnlyList<FactEntity> facts, CancellationToken cancellationToken)
    {
        if (facts.Count == 0)
        {
            return [];
        }

        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            var pending = new PendingWrite(kioskId, memberId, facts, new TaskCompletionSource<FactVerdict[]>(TaskCreationOptions.RunContinuationsAsynchronously));
            StartDraining();
            if (!_queue.Writer.TryWrite(pending))
            {
                metrics.PushesRefusedBusy.Add(1);
                throw new BusyException("The server is storing a flood of sets; this push waits on the kiosk and is sent again.", QueueFullRetry);
            }

            try
            {
                // Once queued, the write goes ahead even if this caller gives up: it is idempotent, and a
                // retry will find the facts stored.
                var verdicts = await pending.Done.Task.WaitAsync(cancellationToken);
                metrics.PushDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return verdicts;
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
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(DrainAsync);
        }
    }

    /// <summary>
    /// The one consumer. It never stops while the server runs: a drainer that stopped whenever the queue
    /// looked empty could strand a push queued in that instant (it asked the single-reader channel for
    /// its Count, which that channel cannot give, and died), and a caller waiting alone waited for ever.
    /// </summary>
    private async Task DrainAsync()
    {
        while (await _queue.Reader.WaitToReadAsync())
        {
            var group = new List<PendingWrite>();
            var size = 0;
            while (size < MaxGroupFacts && _queue.Reader.TryRead(out var next))
            {
                group.Add(next);
                size += next.Facts.Count;
            }

            try
            {
                await StoreGroupAsync(group);
            }
            catch (Exception ex)
            {
                LogGroupFailed(logger, ex, group.Count);
                foreach (var write in group)
                {
                    write.Done.TrySetException(ex);
                }
            }
        }
    }

    private async Task StoreGroupAsync(List<PendingWrite> group)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await FactOrder.TakeAsync(db, CancellationToken.None);
        var ledger = await ReadLedgerAsync(db, group.SelectMany(w => w.Facts).ToList());

        var maxAhead = TimeSpan.FromMinutes(options.Value.ClockAheadMinutes);
        var judged = group.Select(w => (Write: w, Verdicts: Judge.Decide(w.KioskId, w.MemberId, w.Facts, now, maxAhead, ledger))).ToList();
        var stored = judged.SelectMany(j => j.Write.Facts.Where((_, i) => j.Verdicts[i].IsStored)).ToList();
        ledger.MarkCounted(stored);
        if (stored.Count > 0)
        {
            await FactInserter.InsertAsync(db, stored, CancellationToken.None);
            db.ChangeTracker.DetectChanges();
            var changes = CountChanges(db, stored);
            CountInSessions(changes, ledger.Sessions);
            await UsageOf(db, changes).SaveIntoAsync(db, CancellationToken.None);
            db.ChangeTracker.DetectChanges();
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(CancellationToken.None);
            }

            foreach (var kiosk in judged.GroupBy(j => j.Write.KioskId))
            {
                var count = kiosk.Sum(j => j.Verdicts.Count(v => v.IsStored));
                await db.Kiosks.Where(k => k.Id == kiosk.Key).ExecuteUpdateAsync(
                    k => k.SetProperty(x => x.LastPushAt, now).SetProperty(x => x.LastSeenAt, now).SetProperty(x => x.FactsReceived, x => x.FactsReceived + count));
            }
        }

        await transaction.CommitAsync(CancellationToken.None);

        // Published before any push is answered, so a caller told "stored" finds every watcher told too.
        foreach (var session in stored.GroupBy(e => e.SessionId))
        {
            feed.Publish(new Change(session.Key, session.Max(e => e.Sequence)));
        }

        // Stored facts and duplicates of a copy stored in this same group learn their sequence now.
        var sequences = stored.ToDictionary(e => e.Id, e => e.Sequence);
        foreach (var (write, verdicts) in judged)
        {
            for (var i = 0; i < verdicts.Length; i++)
            {
                if (verdicts[i].IsStored || (verdicts[i].Outcome == FactOutcome.Duplicate && verdicts[i].Sequence == 0))
                {
                    verdicts[i] = verdicts[i] with { Sequence = sequences[write.Facts[i].Id] };
                }
            }

            metrics.Count(verdicts.Select(v => v.Outcome));
            write.Done.TrySetResult(verdicts);
        }

    }

    /// <summary>
    /// Each set this group made count (+1) or stop counting (-1): its new sets that count, and stored sets
    /// the fold re-judged (a void, a correction, a repeat). Read after the tracker has detected the fold's changes.
    /// </summary>
    private static List<(FactEntity Set, int Change)> CountChanges(BackLegDbContext db, List<FactEntity> stored) =>
    [
        .. stored.Where(f => f.Counted && !f.WarmUp).Select(f => (f, +1)),
        .. db.ChangeTracker.Entries<FactEntity>()
            .Where(e => !e.Entity.WarmUp && e.Property(f => f.Counted).OriginalValue != e.Entity.Counted)
            .Select(e => (e.Entity, e.Entity.Counted ? +1 : -1)),
    ];

    /// <summary>
    /// Keeps each session's counted sets per group on its tracked row, so a member's history reads one row
    /// per session, never one per set. No update is lost: the rows were read in this transaction, after
    /// <see cref="FactOrder"/> had serialised the writers.
    /// </summary>
    private static void CountInSessions(List<(FactEntity Set, int Change)> changes, Dictionary<Guid, SessionEntity> sessions)
    {
        foreach (var (set, change) in changes)
        {
            sessions[set.SessionId].CountSet(set.Region, change);
        }
    }

    /// <summary>What this group changes in the usage rollups: its <see cref="CountChanges"/> and the sessions it completed.</summary>
    private static UsageRollup UsageOf(BackLegDbContext db, List<(FactEntity Set, int Change)> changes)
    {
        var usage = new UsageRollup();
        foreach (var (set, change) in changes)
        {
            usage.AddSet(set.OccurredAt, set.KioskId, change);
        }

        foreach (var entry in db.ChangeTracker.Entries<SessionEntity>().Where(e => e.Property(s => s.CompletedAt).OriginalValue is null && e.Entity.CompletedAt is not null))
        {
            usage.AddCompletion(entry.Entity);
        }

        return usage;
    }

    /// <summary>The stored ids, sessions and set facts the group's facts touch; the set facts tracked, so the counted flags the fold changes are saved.</summary>
    private static async Task<FactLedger> ReadLedgerAsync(BackLegDbContext db, List<FactEntity> facts)
    {
        var ledger = new FactLedger();
        var ids = facts.Select(e => e.Id).Distinct().ToList();
        var sessionIds = facts.Select(e => e.SessionId).Distinct().ToList();
        await foreach (var known in ExistingFacts(db, ids))
        {
            ledger.Known[known.Id] = known.Sequence;
        }

        await foreach (var session in SessionsByIds(db, sessionIds))
        {
            ledger.Sessions[session.Id] = session;
        }

        sessionIds.ForEach(id => ledger.Sets[id] = []);
        await foreach (var fact in SetFactsOfSessions(db, sessionIds))
        {
            ledger.Sets[fact.SessionId].Add(fact);
        }

        return ledger;
    }

    // The group's reads run for every write, so they are compiled once.
    // A record rather than a tuple: PostgreSQL would read a tuple projection as one composite value.
    private static readonly Func<BackLegDbContext, List<Guid>, IAsyncEnumerable<StoredFact>> ExistingFacts =
        EF.CompileAsyncQuery((BackLegDbContext db, List<Guid> ids) => db.Facts.Where(f => ids.Contains(f.Id)).Select(f => new StoredFact(f.Id, f.Sequence)));

    private static readonly Func<BackLegDbContext, List<Guid>, IAsyncEnumerable<SessionEntity>> SessionsByIds =
        EF.CompileAsyncQuery((BackLegDbContext db, List<Guid> ids) => db.Sessions.Where(s => ids.Contains(s.Id)));

    private static readonly Func<BackLegDbContext, List<Guid>, IAsyncEnumerable<FactEntity>> SetFactsOfSessions =
        EF.CompileAsyncQuery((BackLegDbContext db, List<Guid> ids) =>
            db.Facts.Where(f => ids.Contains(f.SessionId) && (f.Kind == FactKind.SetLogged || f.Kind == FactKind.SetCorrected || f.Kind == FactKind.SetVoided)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing a group of {Pushes} pushes failed; each push sees the error")]
    private static partial void LogGroupFailed(ILogger logger, Exception exception, int pushes);

    private sealed record StoredFact(Guid Id, long Sequence);

    private sealed record PendingWrite(Guid KioskId, Guid MemberId, IReadOnlyList<FactEntity> Facts, TaskCompletionSource<FactVerdict[]> Done);
}
