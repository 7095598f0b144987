using System.Globalization;

namespace BackLegKiosk.LoadTest;

/// <summary>Knobs of one run; every phase is bounded in count and time and talks only to 127.0.0.1.</summary>
internal sealed record LoadTestSettings(int Kiosks, int Batch, int ThroughputWriters, TimeSpan ThroughputTime, TimeSpan LatencyTime)
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
            LatencyTime: TimeSpan.FromSeconds(Int("latency-seconds", 20)));
    }
}
