using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using BackLegKiosk.Server;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Training.Members;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Chaos;

/// <summary>
/// Runs a real server and simulated kiosks as processes on 127.0.0.1, injects one fault a cycle at a
/// random moment, then lets every kiosk drain and checks that every set it saved is stored exactly once.
/// </summary>
internal static class Orchestrator
{
    /// <summary>
    /// A simulated floor checks members in far faster than people do, so the per-kiosk check-in limit
    /// (a guard against PIN guessing) is lifted; what is measured is that no set is lost.
    /// </summary>
    public static void Flood(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder) =>
        builder.Configuration["BackLeg:CheckInsPerMinute"] = "100000";

    public static async Task<int> RunAsync(ChaosSettings settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "backleg-chaos", Guid.NewGuid().ToString("N"));
        var database = $"chaos_{Guid.NewGuid():N}";
        var clock = Stopwatch.StartNew();
        try
        {
            if (settings.Postgres is { } admin)
            {
                // Through the environment, so the server processes this one starts (and restarts) inherit it.
                Environment.SetEnvironmentVariable("BackLeg__Store", "postgres");
                Environment.SetEnvironmentVariable("BackLeg__ConnectionString", await PostgresDatabases.EnsureAsync(admin, database));
            }

            var (observerKey, kiosks) = await SeedAsync(folder, settings);
            var port = FreePort();
            using var run = new ChaosRun(folder, port, kiosks, settings.Seed);
            await run.StartAsync();
            var observer = new Observer($"http://127.0.0.1:{port}", observerKey, [.. kiosks.SelectMany(k => k.MemberCodes)], [.. kiosks.Select(k => k.Outbox)]);

            // Faults start once every kiosk has logged a set: a run whose kiosks never worked proves nothing.
            if (!await observer.EveryKioskLoggedAsync(TimeSpan.FromMinutes(2)))
            {
                Console.Error.WriteLine("chaos: a kiosk logged no set in 2 minutes with the server up; nothing to test");
                return 2;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  every kiosk is logging sets ({clock.Elapsed.TotalSeconds:0} s)"));
            for (var cycle = 1; cycle <= settings.Cycles; cycle++)
            {
                var fault = await run.InjectAsync();
                await observer.PullAllAsync();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cycle {cycle}/{settings.Cycles}: {fault} ({clock.Elapsed.TotalSeconds:0} s)"));
            }

            var drained = await run.StopKiosksAsync();
            return await ReportAsync(observer, settings, drained, clock.Elapsed);
        }
        finally
        {
            if (settings.Postgres is { } admin)
            {
                await PostgresDatabases.DropAsync(admin, database);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<int> ReportAsync(Observer observer, ChaosSettings settings, bool drained, TimeSpan elapsed)
    {
        var stored = new Dictionary<string, List<string>>();
        if (!await observer.PullAllAsync(stored))
        {
            Console.Error.WriteLine("chaos: the server did not answer the final read");
            return 2;
        }

        var (logged, refused) = observer.Recorded();
        var storedIds = stored.Values.SelectMany(ids => ids).ToList();
        var distinct = storedIds.ToHashSet(StringComparer.Ordinal);
        var lost = logged.Count(id => !distinct.Contains(id));
        var duplicated = storedIds.Count - distinct.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  kiosks drained: {(drained ? "yes" : "no")}, dead letters: {refused}, wall time: {elapsed.TotalSeconds:0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cycles: {settings.Cycles}, sets logged: {logged.Count}, stored: {distinct.Count(logged.Contains)}, lost: {lost}, duplicated: {duplicated}, cursor regressions: {observer.CursorRegressions}"));
        return lost == 0 && duplicated == 0 && observer.CursorRegressions == 0 && drained && logged.Count > 0 ? 0 : 1;
    }

    /// <summary>The server's data: kiosks with their members, and an observer kiosk for reading back; the server is stopped again after.</summary>
    private static async Task<(string ObserverKey, List<KioskSettings> Kiosks)> SeedAsync(string folder, ChaosSettings settings)
    {
        await using var app = await ServerSetup.StartOnLoopbackAsync(folder, port: 0, configure: Flood);
        await using var scope = app.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<KioskRegistry>();
        var members = scope.ServiceProvider.GetRequiredService<MemberDirectory>();
        var profile = new MemberProfile(Experience.Advanced, TrainingGoal.Strength, 16, 14, 80, new Dictionary<string, double>(), 90, WeightUnit.Kilograms);
        var kiosks = new List<KioskSettings>();
        for (var k = 1; k <= settings.Kiosks; k++)
        {
            var (_, key) = await registry.ProvisionAsync($"Chaos kiosk {k}", CancellationToken.None);
            var codes = new List<string>();
            for (var m = 1; m <= settings.MembersPerKiosk; m++)
            {
                codes.Add(string.Create(CultureInfo.InvariantCulture, $"{7000 + (k * 10) + m}"));
                await members.EnrollAsync(codes[^1], $"Chaos member {codes[^1]}", "2468", profile, CancellationToken.None);
            }

            kiosks.Add(new KioskSettings(folder, Path.Combine(folder, $"kiosk{k}.db"), 0, key.ToString(), [.. codes], 0, settings.Seed + k));
        }

        var (_, observer) = await registry.ProvisionAsync("Chaos observer", CancellationToken.None);
        await app.StopAsync();
        return (observer.ToString(), kiosks);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
