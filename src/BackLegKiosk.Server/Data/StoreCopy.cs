using System.Globalization;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Domain;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Data;

/// <summary>
/// A gym's history, moved from its SQLite file into a chain's empty PostgreSQL database in one
/// transaction: members, staff, kiosks (their keys still work), check-ins, sessions, every fact with its
/// sequence number (kiosks' cursors point at them), the usage rollups and erasure notices. Not copied:
/// what a replica makes afresh or is short-lived: the signing key (staff sign in again), the dashboard's
/// cookie keys, rate-limit windows and pending phone links.
/// </summary>
public static class StoreCopy
{
    /// <summary>Rows read and written per round, so a year of a big gym never sits in memory at once.</summary>
    private const int Batch = 20_000;

    public static async Task CopyAsync(BackLegDbContext from, BackLegDbContext to, Action<string> progress, CancellationToken cancellationToken)
    {
        if (!to.Database.IsNpgsql() || from.Database.IsNpgsql())
        {
            throw new InvalidFieldException("store", "copies from a SQLite store into a PostgreSQL one");
        }

        await DatabaseSetup.MigrateAsync(from, cancellationToken);
        await DatabaseSetup.MigrateAsync(to, cancellationToken);
        if (await to.Members.AnyAsync(cancellationToken) || await to.Facts.AnyAsync(cancellationToken) || await to.StaffAccounts.AnyAsync(cancellationToken))
        {
            throw new WrongStateException("The PostgreSQL database already holds a gym's data; copy into an empty one.");
        }

        await using var transaction = await to.Database.BeginTransactionAsync(cancellationToken);
        await TableAsync(from.Members.OrderBy(m => m.Id), to, "members", progress, cancellationToken);
        await TableAsync(from.StaffAccounts.OrderBy(s => s.Id), to, "staff accounts", progress, cancellationToken);
        await TableAsync(from.Kiosks.Where(k => !SystemKiosks.Ids.Contains(k.Id)).OrderBy(k => k.Id), to, "kiosks", progress, cancellationToken);
        await TableAsync(from.CheckIns.OrderBy(c => c.Id), to, "check-ins", progress, cancellationToken);
        await TableAsync(from.Sessions.OrderBy(s => s.Id), to, "sessions", progress, cancellationToken);
        await TableAsync(from.Facts.OrderBy(f => f.Sequence), to, "facts", progress, cancellationToken);
        await TableAsync(from.UsageRollups.OrderBy(u => u.Hour).ThenBy(u => u.KioskId), to, "usage rollups", progress, cancellationToken);
        await TableAsync(from.ErasureNotices.OrderBy(e => e.KioskId).ThenBy(e => e.SessionId), to, "erasure notices", progress, cancellationToken);

        // The next fact stored on PostgreSQL numbers on from the last one copied.
        await to.Database.ExecuteSqlRawAsync("""SELECT setval(pg_get_serial_sequence('facts', 'Sequence'), GREATEST((SELECT MAX("Sequence") FROM facts), 1))""", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task TableAsync<T>(IQueryable<T> rows, BackLegDbContext to, string name, Action<string> progress, CancellationToken cancellationToken)
        where T : class
    {
        var total = await rows.CountAsync(cancellationToken);
        var copied = 0;
        var batch = new List<T>(Math.Min(total, Batch));
        await foreach (var row in rows.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == Batch)
            {
                copied += await FlushAsync(to, batch, cancellationToken);
                progress(string.Create(CultureInfo.InvariantCulture, $"  {name}: {copied:N0} / {total:N0}"));
            }
        }

        copied += await FlushAsync(to, batch, cancellationToken);
        progress(string.Create(CultureInfo.InvariantCulture, $"{name}: {copied:N0} copied"));
    }

    private static async Task<int> FlushAsync<T>(BackLegDbContext to, List<T> batch, CancellationToken cancellationToken)
        where T : class
    {
        await PostgresBulk.WriteAsync(to, batch, storeKeys: true, cancellationToken);
        var written = batch.Count;
        batch.Clear();
        return written;
    }
}
