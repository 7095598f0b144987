using System.Threading.RateLimiting;
using BackLegKiosk.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Security;

/// <summary>
/// A fixed-window limit counted in the store, so replicas behind a load balancer share it: one attempt
/// is one UPSERT that starts a new window when the last one is over, or counts one more in it, and returns
/// the count. The window starts at a caller's first attempt, as ASP.NET Core's own fixed window does, so
/// a burst is not split across two windows at a clock minute. The decision needs the database, so the
/// synchronous attempt always defers to the asynchronous one.
/// </summary>
public sealed class StoreWindowLimiter(string key, int permits, TimeSpan window, IDbContextFactory<BackLegDbContext> contexts, TimeProvider time) : RateLimiter
{
    /// <summary>Windows this old are forgotten: well past any retry-after, so no caller is let in early.</summary>
    public const int StaleWindows = 10;

    private static readonly RateLimitLease Deferred = new Lease(acquired: false, retryAfter: null);
    private long _lastUsedTicks = time.GetTimestamp();

    public override TimeSpan? IdleDuration => time.GetElapsedTime(Interlocked.Read(ref _lastUsedTicks));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Deferred;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsedTicks, time.GetTimestamp());
        var now = time.GetUtcNow().UtcTicks;
        var expired = now - window.Ticks;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Both stores read the SET clauses against the row as it was, so Count and WindowStart restart together.
        var state = (await db.Database.SqlQuery<WindowState>($"""
            INSERT INTO rate_windows ("Key", "WindowStart", "Count") VALUES ({key}, {now}, 1)
            ON CONFLICT ("Key") DO UPDATE SET
                "Count" = CASE WHEN rate_windows."WindowStart" <= {expired} THEN 1 ELSE rate_windows."Count" + 1 END,
                "WindowStart" = CASE WHEN rate_windows."WindowStart" <= {expired} THEN {now} ELSE rate_windows."WindowStart" END
            RETURNING "Count", "WindowStart"
            """).ToListAsync(cancellationToken)).Single();
        if (state.Count == 1)
        {
            // A window just began; callers long gone (a made-up key id counts as a caller) leave with it,
            // so the table holds about the last few windows' callers and no more.
            var stale = now - (StaleWindows * window.Ticks);
            await db.Database.ExecuteSqlAsync($"""DELETE FROM rate_windows WHERE "WindowStart" < {stale}""", cancellationToken);
        }

        return state.Count <= permits
            ? new Lease(acquired: true, retryAfter: null)
            : new Lease(acquired: false, retryAfter: TimeSpan.FromTicks(state.WindowStart + window.Ticks - now));
    }

    private sealed class WindowState
    {
        public int Count { get; set; }

        public long WindowStart { get; set; }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
