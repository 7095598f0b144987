using BackLegKiosk.DashboardScale;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Tests.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Tests;

/// <summary>A gym moving to a chain: its SQLite history copied into an empty PostgreSQL database, nothing lost, numbering kept.</summary>
public sealed class StoreCopyTests : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("backleg-copy-").FullName;
    private readonly string _database = $"backleg_copy_{Guid.NewGuid():N}";

    [Fact(SkipUnless = nameof(TestStore.IsPostgres), SkipType = typeof(TestStore), Skip = "Copies into PostgreSQL; runs on test.sh's PostgreSQL pass.")]
    public async Task AGymsSqliteHistory_CopiesIntoPostgres_WholeAndInOrder_AndOnlyIntoAnEmptyDatabase()
    {
        var cancel = TestContext.Current.CancellationToken;
        var now = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
        await using var from = new BackLegDbContext(new DbContextOptionsBuilder<BackLegDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "gym.db")};Pooling=False").Options);
        await DatabaseSetup.MigrateAsync(from, cancel);
        await new GymYear(members: 40, sets: 2_000, kiosks: 2, now).LoadAsync(from);
        from.ErasureNotices.Add(new ErasureNoticeEntity { KioskId = (await from.Kiosks.FirstAsync(cancel)).Id, SessionId = Guid.NewGuid() });
        await from.SaveChangesAsync(cancel);
        var connection = await PostgresDatabases.EnsureAsync(TestStore.PostgresAdmin!, _database, cancel);
        await using var to = new BackLegDbContext(new DbContextOptionsBuilder<BackLegDbContext>().UseNpgsql(connection).Options);
        var said = new List<string>();

        await StoreCopy.CopyAsync(from, to, said.Add, cancel);

        Assert.Equal(await Counts(from), await Counts(to));
        var facts = await from.Facts.OrderBy(f => f.Sequence).Select(f => new { f.Id, f.Sequence, f.Counted, f.LoadKg }).ToListAsync(cancel);
        Assert.Equal(facts, await to.Facts.OrderBy(f => f.Sequence).Select(f => new { f.Id, f.Sequence, f.Counted, f.LoadKg }).ToListAsync(cancel));
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"facts: {facts.Count:N0} copied"), said);
        var next = await to.Database.SqlQuery<long>($"SELECT nextval(pg_get_serial_sequence('facts', 'Sequence')) AS \"Value\"").SingleAsync(cancel);
        Assert.Equal(facts[^1].Sequence + 1, next);

        await Assert.ThrowsAsync<WrongStateException>(() => StoreCopy.CopyAsync(from, to, said.Add, cancel));
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        if (TestStore.PostgresAdmin is { } admin)
        {
            await PostgresDatabases.DropAsync(admin, _database);
        }
    }

    private static async Task<int[]> Counts(BackLegDbContext db) =>
    [
        await db.Members.CountAsync(), await db.StaffAccounts.CountAsync(), await db.Kiosks.CountAsync(), await db.CheckIns.CountAsync(),
        await db.Sessions.CountAsync(), await db.Facts.CountAsync(), await db.UsageRollups.CountAsync(), await db.ErasureNotices.CountAsync(),
        (int)await db.UsageRollups.SumAsync(u => u.Sets), await db.Sessions.SumAsync(s => s.CountedSetsLegs + s.CountedSetsBack),
    ];
}
