using System.Globalization;

namespace BackLegKiosk.LoadTest;

/// <summary>Knobs of one run; every phase is bounded in count and time and talks only to 127.0.0.1.</summary>
/// <param name="Kiosks">Simulated kiosks, each with a member checked in and a session planned.</param>
/// <param name="Batch">Facts per push.</param>
/// <param name="ThroughputWriters">Kiosks pushing back to back while throughput is measured.</param>
/// <param name="ThroughputTime">How long throughput is measured, in all rounds together.</param>
/// <param name="LatencyTime">How long every kiosk pushes once a second while latency is measured.</param>
/// <param name="Replicas">0: one server in this process on SQLite; N: <c>--store postgres --replicas N</c>, a chain of N server processes on PostgreSQL behind HAProxy.</param>
internal sealed record LoadTestSettings(int Kiosks, int Batch, int ThroughputWriters, TimeSpan ThroughputTime, TimeSpan LatencyTime, int Replicas)
{
    public static LoadTestSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new LoadTestSettings(
            Kiosks: Int("kiosks", 200),
            Batch: Int("batch", 20),
            ThroughputWriters: Int("writers", 16),
            ThroughputTime: TimeSpan.FromSeconds(Int("throughput-seconds", 30)),
            LatencyTime: TimeSpan.FromSeconds(Int("latency-seconds", 20)),
            Replicas: values.GetValueOrDefault("store", "sqlite") switch
            {
                "sqlite" => 0,
                "postgres" => Int("replicas", 2) is var n and >= 1 and <= 8 ? n : throw new ArgumentException("--replicas must be 1-8"),
                var other => throw new ArgumentException($"--store '{other}': use sqlite or postgres"),
            });
    }
}
