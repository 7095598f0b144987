using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain.Failures;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Domain.Facts;

/// <summary>Reads a session's facts after a cursor: what a second device needs to continue a session.</summary>
public sealed class FactReader(IDbContextFactory<BackLegDbContext> contexts, ChangeFeed feed, TimeProvider time)
{
    public const int DefaultPage = 500;
    public const int MaxPage = 1000;

    /// <summary>How long a watcher waits for a signal before it reads the store anyway.</summary>
    public static readonly TimeSpan WatchPoll = TimeSpan.FromSeconds(10);

    public async Task<FactPage> PullAsync(Guid memberId, Guid sessionId, long afterSequence, int page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EnsureOwnedAsync(db, memberId, sessionId, cancellationToken);
        var facts = await ReadAfterAsync(db, sessionId, afterSequence, page + 1, cancellationToken);
        var shown = facts.Take(page).ToList();
        return new FactPage(shown, facts.Count > page, shown.Count > 0 ? shown[^1].Sequence : afterSequence);
    }

    /// <summary>
    /// Writes every fact after the cursor, then new ones as they are stored, until the caller goes away,
    /// the session is completed (the stream ends), or the check-in behind it or the kiosk's key ends
    /// (refused). Rights are checked after every wait, so a stream outlives neither by more than
    /// <see cref="WatchPoll"/>; a revoked or replaced key also wakes the stream at once.
    /// </summary>
    public async Task WatchAsync(SessionWatcher watcher, long afterSequence, Func<FactEntity, Task> write, CancellationToken cancellationToken)
    {
        var sessionId = watcher.SessionId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await EnsureOwnedAsync(db, watcher.MemberId, sessionId, cancellationToken);
        }

        // Subscribe before the first read so nothing stored in between is missed.
        using var subscription = feed.Subscribe();
        var cursor = afterSequence;
        while (!cancellationToken.IsCancellationRequested)
        {
            List<FactEntity> facts;
            bool completed;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                await EnsureStillEntitledAsync(db, watcher, cancellationToken);

                // Completion is read before the facts, so the read that ends the stream has every fact
                // stored up to the completion, the completion fact included.
                completed = await db.Sessions.AnyAsync(s => s.Id == sessionId && s.CompletedAt != null, cancellationToken);
                facts = await ReadAfterAsync(db, sessionId, cursor, DefaultPage, cancellationToken);
            }

            foreach (var fact in facts)
            {
                await write(fact);
                cursor = fact.Sequence;
            }

            if (completed && facts.Count < DefaultPage)
            {
                return;
            }

            if (facts.Count < DefaultPage)
            {
                var last = cursor;
                await subscription.WaitAsync(c => (c.SessionId == sessionId && c.Sequence > last) || c.KeyChangedKiosk == watcher.KioskId, WatchPoll, cancellationToken);
            }
        }
    }

    private async Task EnsureStillEntitledAsync(BackLegDbContext db, SessionWatcher watcher, CancellationToken cancellationToken)
    {
        var checkIn = await db.CheckIns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == watcher.CheckInId, cancellationToken);
        if (checkIn?.IsLiveAt(time.GetUtcNow()) != true)
        {
            throw new NotAuthenticatedException("The check-in has ended; the session is no longer followed here.");
        }

        if (!await db.Kiosks.AnyAsync(k => k.Id == watcher.KioskId && k.KeyHash == watcher.KeyHash && k.RevokedAt == null, cancellationToken))
        {
            throw new NotAuthenticatedException("This kiosk's device key was revoked or replaced.");
        }
    }

    private static async Task EnsureOwnedAsync(BackLegDbContext db, Guid memberId, Guid sessionId, CancellationToken cancellationToken)
    {
        if (!await db.Sessions.AnyAsync(s => s.Id == sessionId && s.MemberId == memberId, cancellationToken))
        {
            throw new NotFoundException("No such session for the member checked in on this kiosk.");
        }
    }

    private static Task<List<FactEntity>> ReadAfterAsync(BackLegDbContext db, Guid sessionId, long after, int take, CancellationToken cancellationToken) =>
        db.Facts.AsNoTracking()
            .Where(f => f.SessionId == sessionId && f.Sequence > after)
            .OrderBy(f => f.Sequence)
            .Take(take)
            .ToListAsync(cancellationToken);
}
