using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Tests.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BackLegKiosk.Server.Tests;

/// <summary>A database written by an earlier version, brought up to this one by its checked-in migrations.</summary>
public sealed class UpgradeTests : IDisposable
{
    private const string BeforeErasingForGood = "20261202104336_DeliveryAndOneSetPerSlot";
    private readonly string _folder = Directory.CreateTempSubdirectory("backleg-upgrade-").FullName;

    [Fact(SkipWhen = nameof(TestStore.IsPostgres), SkipType = typeof(TestStore), Skip = "About SQLite files made by older versions; PostgreSQL starts from its own first migration.")]
    public async Task AMemberAnOlderVersionErased_IsRemovedWithEverySessionAndSet_AndStaysOnlyInTheCounts()
    {
        var options = new DbContextOptionsBuilder<BackLegDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "old.db")};Pooling=False").Options;
        var (kiosk, erased, kept, namedLikePhones) = (Id(), Id(), Id(), Id());
        var planned = new DateTimeOffset(2026, 11, 20, 17, 5, 0, TimeSpan.Zero);
        await using (var db = new BackLegDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync(BeforeErasingForGood, TestContext.Current.CancellationToken);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            Insert(connection, "kiosks", new() { ["Id"] = kiosk, ["Name"] = "Kiosk 1", ["KeyHash"] = "hash" });
            Insert(connection, "kiosks", new() { ["Id"] = namedLikePhones, ["Name"] = "Member phones", ["KeyHash"] = "hash 2" });
            Insert(connection, "members", new() { ["Id"] = erased, ["Code"] = "erased-1", ["DisplayName"] = "(erased member)", ["PinHash"] = string.Empty, ["OneRepMaxesJson"] = "{}", ["Erased"] = 1 });
            Insert(connection, "members", new() { ["Id"] = kept, ["Code"] = "4242", ["DisplayName"] = "Kept", ["PinHash"] = "hash", ["OneRepMaxesJson"] = "{}", ["Erased"] = 0 });
            foreach (var (member, session) in new[] { (erased, Id()), (kept, Id()) })
            {
                Insert(connection, "sessions", new()
                {
                    ["Id"] = session, ["MemberId"] = member, ["KioskId"] = kiosk, ["CheckInId"] = Id(), ["PlanJson"] = "{}", ["EstimatedMinutes"] = 50,
                    ["PlannedAt"] = planned.UtcTicks, ["StartedAt"] = planned.AddMinutes(2).UtcTicks, ["CompletedAt"] = planned.AddMinutes(47).UtcTicks,
                });
                foreach (var (minute, warmUp, counted) in new[] { (5, 1, 1), (10, 0, 1), (15, 0, 0), (25, 0, 1), (30, 0, 1) })
                {
                    Insert(connection, "facts", new()
                    {
                        ["Id"] = Id(), ["SessionId"] = session, ["MemberId"] = member, ["KioskId"] = kiosk, ["Kind"] = (int)FactKind.SetLogged, ["Region"] = minute < 20 ? 0 : 1,
                        ["OccurredAt"] = planned.AddMinutes(minute).UtcTicks, ["ReceivedAt"] = planned.AddMinutes(minute).UtcTicks, ["WarmUp"] = warmUp, ["Counted"] = counted,
                    });
                }
            }
        }

        await using (var db = new BackLegDbContext(options))
        {
            await DatabaseSetup.MigrateAsync(db, TestContext.Current.CancellationToken);
            var members = await db.Members.Select(m => m.Code).ToListAsync(TestContext.Current.CancellationToken);
            var sessionsLeft = await db.Sessions.Select(s => s.MemberId).Distinct().ToListAsync(TestContext.Current.CancellationToken);
            var factsLeft = await db.Facts.Select(f => f.MemberId).Distinct().ToListAsync(TestContext.Current.CancellationToken);
            var rollup = await db.UsageRollups.SingleAsync(TestContext.Current.CancellationToken);
            var counts = await db.Sessions.Select(s => new { s.CountedSetsLegs, s.CountedSetsBack }).SingleAsync(TestContext.Current.CancellationToken);
            var kiosks = await db.Kiosks.OrderBy(k => k.Name).Select(k => k.Name).ToListAsync(TestContext.Current.CancellationToken);

            Assert.Equal(["4242"], members);
            Assert.Equal([Guid.Parse(kept)], sessionsLeft);
            Assert.Equal([Guid.Parse(kept)], factsLeft);
            // One hour's row holds both: the erased member's use, moved there when their rows went, and the
            // kept member's, counted in once when the rollups became the live count of everyone's use.
            Assert.Equal(
                (new DateTimeOffset(2026, 11, 20, 17, 0, 0, TimeSpan.Zero), Guid.Parse(kiosk), 0, 2, 6, 2, 90.0, 100),
                (rollup.Hour, rollup.KioskId, rollup.CheckIns, rollup.Sessions, rollup.Sets, rollup.CompletedSessions, rollup.TrainedMinutes, rollup.EstimatedMinutes));

            // The kept session's sets that count, per group, onto its row: not the warm-up, not the voided one.
            Assert.Equal((1, 2), (counts.CountedSetsLegs, counts.CountedSetsBack));

            // A kiosk the gym had named like the phones' row keeps its row, under a name that says it is a kiosk.
            Assert.Equal(["Imported history", "Kiosk 1", "Member phones", "Member phones (kiosk)"], kiosks);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>EF Core's SQLite text form of a UUID.</summary>
    private static string Id() => Guid.NewGuid().ToString().ToUpperInvariant();

    /// <summary>A row as the old schema takes it: the values given, and 0 in every other required column.</summary>
    private static void Insert(SqliteConnection connection, string table, Dictionary<string, object> values)
    {
        var columns = new List<string>();
        using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}') WHERE \"notnull\" = 1 AND pk = 0 AND dflt_value IS NULL";
            using var reader = info.ExecuteReader();
            while (reader.Read())
            {
                columns.Add(reader.GetString(0));
            }
        }

        foreach (var column in columns.Where(c => !values.ContainsKey(c)))
        {
            values[column] = 0;
        }

        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", values.Keys)}) VALUES ({string.Join(", ", values.Keys.Select(k => "$" + k))})";
        foreach (var (name, value) in values)
        {
            insert.Parameters.AddWithValue("$" + name, value);
        }

        insert.ExecuteNonQuery();
    }
}
