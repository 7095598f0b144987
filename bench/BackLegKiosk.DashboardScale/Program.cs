using System.Diagnostics;
using System.Globalization;
using BackLegKiosk.Server;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain.Staff;
using BackLegKiosk.Training.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.DashboardScale;

/// <summary>
/// The staff dashboard's queries on a year of a big gym, on either store:
///   dotnet run -c Release --project bench/BackLegKiosk.DashboardScale -- [--store postgres --connection ADMIN] [--sets N] [--members N]
/// Seeds the year with each store's bulk path (progress as it goes), then runs every query 22 times and
/// prints p50 and p95 of the last 20. A measurement, not a test: nothing here fails on a time.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var settings = ScaleSettings.Parse(args);
        var invariant = CultureInfo.InvariantCulture;
        var folder = Path.Combine(Path.GetTempPath(), "backleg-dashboard-scale", Guid.NewGuid().ToString("N"));
        var database = $"dashboard_scale_{Guid.NewGuid():N}";
        var options = new ServerOptions { DataFolder = folder, TimeZone = "UTC" };
        if (settings.PostgresAdmin is { } admin)
        {
            options.Store = "postgres";
            options.ConnectionString = await PostgresDatabases.EnsureAsync(admin, database);
        }

        try
        {
            var builder = new DbContextOptionsBuilder<BackLegDbContext>();
            builder.UseBackLegStore(options);
            var contextOptions = builder.Options;
            await using (var migrate = new BackLegDbContext(contextOptions))
            {
                await DatabaseSetup.MigrateAsync(migrate);
            }

            var now = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
            var year = new GymYear(settings.Members, settings.Sets, kiosks: 6, now);
            var seeded = await SeedAsync(contextOptions, year, settings);
            Console.WriteLine(string.Create(invariant, $"store: {options.StoreKind}, {settings.Sets:N0} sets, {settings.Members:N0} members, {settings.Sets / GymYear.SetsPerSession:N0} sessions; seeded in {seeded.TotalSeconds:0.0} s"));

            await using var db = new BackLegDbContext(contextOptions);
            var queries = new StaffQueries(db, TimeProvider.System, Options.Create(options), ExerciseCatalog.Default);
            var (from, to) = (now.AddDays(-365), now);
            var member = year.Members[settings.Members / 2].Id;
            Console.WriteLine($"{"query",-34} {"p50 ms",8} {"p95 ms",8}");
            await TimeAsync("usage, a year by day", () => queries.UsageAsync(from, to, hourly: false, CancellationToken.None));
            await TimeAsync("usage, 31 days by hour", () => queries.UsageAsync(to.AddDays(-31), to, hourly: true, CancellationToken.None));
            await TimeAsync("flags, a year", () => queries.FlaggedAsync(from, to, CancellationToken.None));
            await TimeAsync("one member's history", () => queries.MemberHistoryAsync(member, CancellationToken.None));
            await TimeAsync("sessions in progress", () => queries.ActiveSessionsAsync(CancellationToken.None));
            await TimeAsync("kiosks", () => queries.KiosksAsync(CancellationToken.None));
            return 0;
        }
        finally
        {
            if (settings.PostgresAdmin is { } superuser)
            {
                await PostgresDatabases.DropAsync(superuser, database);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<TimeSpan> SeedAsync(DbContextOptions<BackLegDbContext> contextOptions, GymYear year, ScaleSettings settings)
    {
        var clock = Stopwatch.StartNew();
        await using var db = new BackLegDbContext(contextOptions);
        await year.LoadAsync(db, loaded => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {loaded:N0} / {settings.Sets:N0} sets ({clock.Elapsed.TotalSeconds:0} s)")));
        return clock.Elapsed;
    }

    private static async Task TimeAsync<T>(string name, Func<Task<T>> query)
    {
        var times = new List<double>();
        for (var run = 0; run < 22; run++)
        {
            var clock = Stopwatch.StartNew();
            await query();
            if (run >= 2)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} {times[times.Count / 2],8:0.0} {times[(int)Math.Ceiling(times.Count * 0.95) - 1],8:0.0}"));
    }
}
