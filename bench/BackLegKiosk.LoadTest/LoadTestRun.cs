using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using BackLegKiosk.Contracts.V1;
using BackLegKiosk.AppHost;
using BackLegKiosk.Server;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.LoadTest;

/// <summary>
/// Starts the real server on loopback over a fresh SQLite file (or the chain: PostgreSQL, replicas and
/// HAProxy), drives simulated kiosks through the real gRPC client, measures the raw insert ceiling of the
/// same store on the same disk, and prints the figures and ratio.
/// </summary>
internal static class LoadTestRun
{
    /// <summary>The simulated kiosks check members in far faster than people do: the per-kiosk check-in limit is lifted for the measurement.</summary>
    private static readonly Dictionary<string, string?> Flood = new() { ["BackLeg:CheckInsPerMinute"] = "100000" };

    public static async Task<int> RunAsync(LoadTestSettings settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "backleg-loadtest", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var where = settings.Replicas == 0 ? "one server on SQLite" : $"{settings.Replicas} replicas on PostgreSQL behind HAProxy";
            Console.WriteLine($"BackLegKiosk load test: {settings.Kiosks} kiosks, batches of {settings.Batch}, {where}, data in {folder}");
            return settings.Replicas == 0 ? await OnSqliteAsync(settings, folder) : await OnChainAsync(settings, folder);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> OnSqliteAsync(LoadTestSettings settings, string folder)
    {
        await using var app = await ServerSetup.StartOnLoopbackAsync(folder, port: 0, configure: b => b.Configuration.AddInMemoryCollection(Flood));
        return await MeasureAsync(settings, app.ListeningAddress(), app.Services, "Raw SQLite insert loop", round => Task.FromResult(RawSqliteBaseline.FactsPerSecond(Path.Combine(folder, $"raw-{round}.db"), settings.Batch, settings.ThroughputTime / Rounds)));
    }

    private static async Task<int> OnChainAsync(LoadTestSettings settings, string folder)
    {
        await using var chain = await DemoSystem.StartChainAsync(new DemoOptions(folder, 0, 0, [], Flood), settings.Replicas, new Progress<string>(Console.WriteLine), CancellationToken.None);
        var raw = await PostgresDatabases.EnsureAsync(chain.PostgresAdmin!, "raw_baseline");
        return await MeasureAsync(settings, chain.ServerUrl, chain.Services, "Raw Npgsql insert loop", _ => RawNpgsqlBaseline.FactsPerSecondAsync(raw, settings.Batch, settings.ThroughputTime / Rounds));
    }

    /// <summary>Seeds the kiosks, takes turns between our path and the raw loop, then measures latency; prints the table.</summary>
    private static async Task<int> MeasureAsync(LoadTestSettings settings, string address, IServiceProvider services, string rawName, Func<int, Task<double>> rawRound)
    {
        Console.WriteLine($"Server on {address}");
        using var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
        });
        var kiosks = await SeedAsync(services, channel, settings.Kiosks);

        // The disk's fsync time drifts over a run, so ours and the raw loop take turns and the medians are compared.
        var ours = new List<double>();
        var rawRounds = new List<double>();
        for (var r = 1; r <= Rounds; r++)
        {
            ours.Add(await ThroughputAsync(channel, kiosks.Take(settings.ThroughputWriters).ToList(), settings.Batch, settings.ThroughputTime / Rounds));
            rawRounds.Add(await rawRound(r));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  round {r}/{Rounds}: ours {ours[^1]:N0}/s, raw {rawRounds[^1]:N0}/s"));
        }

        var throughput = Median(ours);
        var raw = Median(rawRounds);
        var (p50, p99, pushes, errors) = await LatencyAsync(channel, kiosks, settings);

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Durable ingest through gRPC : {throughput,10:N0} set logs/s (median of {Rounds}; {settings.ThroughputWriters} kiosks pushing batches of {settings.Batch} back to back)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rawName,-28}: {raw,10:N0} rows/s (median of {Rounds}; same disk, batch and durability)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ratio (ours / raw)          : {throughput / raw,10:P0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Push latency, {settings.Kiosks} kiosks at 1/s: p50 {p50:0.0} ms, p99 {p99:0.0} ms over {pushes} pushes, {errors} errors"));
        return errors == 0 ? 0 : 1;
    }

    private sealed record SimulatedKiosk(Metadata Headers, string SessionId, string Slot, string ExerciseId);

    private static async Task<List<SimulatedKiosk>> SeedAsync(IServiceProvider services, GrpcChannel channel, int count)
    {
        var kiosks = new List<SimulatedKiosk>(count);
        var api = new KioskService.KioskServiceClient(channel);
        var started = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var (_, key) = await scope.ServiceProvider.GetRequiredService<KioskRegistry>().ProvisionAsync($"Load kiosk {i + 1}", CancellationToken.None);
            var code = (100000 + i).ToString(CultureInfo.InvariantCulture);
            await scope.ServiceProvider.GetRequiredService<MemberDirectory>().EnrollAsync(code, $"Load member {i + 1}", "2468",
                new Training.Members.MemberProfile(Training.Members.Experience.Advanced, Training.Members.TrainingGoal.Strength, 16, 14, 80, new Dictionary<string, double>(), 90, Training.Members.WeightUnit.Kilograms),
                CancellationToken.None);
            var device = new Metadata { { "x-device-key", key.ToString() } };
            var checkIn = await api.CheckInAsync(new CheckInRequest { MemberCode = code, Pin = "2468", SleepHours = 8 }, device);
            var headers = new Metadata { { "x-device-key", key.ToString() }, { "x-checkin-token", checkIn.CheckinToken } };
            var plan = (await api.PlanSessionAsync(new PlanSessionRequest(), headers)).Plan;
            kiosks.Add(new SimulatedKiosk(headers, plan.SessionId, plan.Supersets[0].First.Slot, plan.Supersets[0].First.ExerciseId));
            if ((i + 1) % 25 == 0 || i + 1 == count)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  seeded {i + 1}/{count} kiosks and members ({started.Elapsed.TotalSeconds:0} s)"));
            }
        }

        return kiosks;
    }

    private static PushFactsRequest Batch(SimulatedKiosk kiosk, int size, ref int setNumber)
    {
        var request = new PushFactsRequest();
        var now = Timestamp.FromDateTimeOffset(TimeProvider.System.GetUtcNow());
        for (var i = 0; i < size; i++)
        {
            setNumber = (setNumber % 50) + 1;
            request.Facts.Add(new Fact
            {
                FactId = Guid.NewGuid().ToString(),
                SessionId = kiosk.SessionId,
                OccurredAt = now,
                SetLogged = new SetLogged { Slot = kiosk.Slot, ExerciseId = kiosk.ExerciseId, SetNumber = setNumber, Load = 100, Unit = WeightUnit.Kg, Reps = 5, Rpe = 8 },
            });
        }

        return request;
    }

    private const int Rounds = 3;

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static async Task<double> ThroughputAsync(GrpcChannel channel, List<SimulatedKiosk> writers, int batch, TimeSpan duration)
    {
        var api = new SyncService.SyncServiceClient(channel);
        var accepted = 0L;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(writers.Select(async kiosk =>
        {
            var setNumber = 0;
            while (clock.Elapsed < duration)
            {
                var response = await api.PushFactsAsync(Batch(kiosk, batch, ref setNumber), kiosk.Headers);
                // Set numbers repeat after 50 in a session, and a repeat is stored as a correction: a durable
                // write like any other. Counting only ACCEPTED measured 0/s from the second round on.
                Interlocked.Add(ref accepted, response.Results.Count(r => r.Outcome is FactOutcome.Accepted or FactOutcome.SettledAsCorrection));
            }
        }));
        return accepted / clock.Elapsed.TotalSeconds;
    }

    private static async Task<(double P50, double P99, int Pushes, int Errors)> LatencyAsync(GrpcChannel channel, List<SimulatedKiosk> kiosks, LoadTestSettings settings)
    {
        Console.WriteLine($"Latency: {kiosks.Count} kiosks pushing one small batch a second for {settings.LatencyTime.TotalSeconds:0} s ...");
        var api = new SyncService.SyncServiceClient(channel);
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(kiosks.Select(async (kiosk, index) =>
        {
            // Spread the kiosks over the second, as real ones are.
            await Task.Delay(TimeSpan.FromMilliseconds(1000.0 * index / kiosks.Count));
            var setNumber = 0;
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            do
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    await api.PushFactsAsync(Batch(kiosk, 2, ref setNumber), kiosk.Headers);
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                catch (RpcException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            while (clock.Elapsed < settings.LatencyTime && await timer.WaitForNextTickAsync());
        }));
        var sorted = latencies.Order().ToArray();
        return (Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted.Length, errors);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
