using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Data;

/// <summary>
/// Keeps sequence numbers in commit order, so a reader's cursor never passes a fact that is not yet
/// visible. PostgreSQL hands out a sequence value when a row is inserted, not when its transaction
/// commits: two replicas writing at once could commit 42 before 41, and a puller that had read 42 would
/// never ask for 41 (CursorTests catches exactly that without this). So every transaction that stores
/// facts first takes one transaction-scoped advisory lock; the next writer's numbers are drawn only after
/// the previous writer's commit is visible (PostgreSQL marks a commit visible before it releases the
/// transaction's locks). Writers queue one group at a time per replica, so the lock is contended at most
/// by the replicas, and it also makes each group's read of the session's sets current, so two replicas
/// never fold one session from two stale views. SQLite needs nothing: its one write lock already orders
/// writers, and one server process owns the file.
/// </summary>
public static class FactOrder
{
    /// <summary>An arbitrary key, the same on every replica: "BLKfacts" as bytes.</summary>
    private const long LockKey = 0x424C_4B66_6163_7473;

    public static async Task TakeAsync(BackLegDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        }
    }
}
