using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.DashboardScale;

/// <summary>
/// Loads rows the fastest way each store has, inside the caller's one transaction: PostgreSQL's binary
/// COPY (<see cref="PostgresBulk"/>); on SQLite the facts through the server's own prepared insert loop
/// and the rest through EF.
/// </summary>
public static class BulkLoader
{
    public static async Task LoadAsync<T>(BackLegDbContext db, IReadOnlyList<T> rows)
        where T : class
    {
        if (db.Database.IsNpgsql())
        {
            await PostgresBulk.WriteAsync(db, rows, storeKeys: false);
        }
        else if (rows is IReadOnlyList<FactEntity> facts)
        {
            await FactInserter.InsertAsync(db, facts, CancellationToken.None);
        }
        else
        {
            db.AddRange(rows);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
}
