using BackLegKiosk.Server.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Data;

public static class DatabaseSetup
{
    /// <summary>The connection string in force: the configured one, or (SQLite only) a file in the data folder.</summary>
    public static string ConnectionString(ServerOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString) || options.StoreKind == StoreKind.Postgres)
        {
            return options.ConnectionString ?? throw new InvalidOperationException("BackLeg:Store=postgres needs BackLeg:ConnectionString.");
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
        options.StoreKind == StoreKind.Postgres
            ? builder.UseNpgsql(ConnectionString(options))
            : builder.UseSqlite(ConnectionString(options)).AddInterceptors(new SqlitePragmas());

    /// <summary>
    /// Applies the provider's checked-in migrations: SQLite's, after turning on WAL (a property of the
    /// file, set once), or PostgreSQL's through their own context type. Replicas starting together are
    /// safe: EF Core holds its migration lock (an advisory lock on PostgreSQL) while it migrates.
    /// </summary>
    public static async Task MigrateAsync(BackLegDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql())
        {
            var options = new DbContextOptionsBuilder<BackLegPostgresContext>().UseNpgsql(db.Database.GetConnectionString()).Options;
            await using var postgres = new BackLegPostgresContext(options);
            await postgres.Database.MigrateAsync(cancellationToken);
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
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
