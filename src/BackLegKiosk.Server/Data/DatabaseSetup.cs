using BackLegKiosk.Server.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Data;

public static class DatabaseSetup
{
    /// <summary>The connection string in force: the configured one, or a SQLite file in the data folder.</summary>
    public static string ConnectionString(ServerOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        PrivateFiles.EnsureFolder(options.DataFolderPath);
        var file = Path.Combine(options.DataFolderPath, "backleg.db");

        // SQLite gives its -wal and -shm files the rights of the database file, so owner-only here covers them too.
        PrivateFiles.EnsureFile(file);
        return new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Pooling = true,
        }.ToString();
    }

    public static DbContextOptionsBuilder UseBackLegStore(this DbContextOptionsBuilder builder, ServerOptions options) =>
        builder.UseSqlite(ConnectionString(options)).AddInterceptors(new SqlitePragmas());

    /// <summary>Applies the checked-in migrations and turns on WAL (a property of the file, set once).</summary>
    public static async Task MigrateAsync(BackLegDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// After an erase on SQLite: copies the write-ahead log into the database file and empties it, so the
    /// pages that still held deleted rows are overwritten by their zeroed versions and the log keeps none.
    /// </summary>
    public static async Task OverwriteFreedPagesAsync(BackLegDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }
    }
}
