using System.Diagnostics.Metrics;

namespace BackLegKiosk.Server.Domain;

/// <summary>The server's own metrics (OpenTelemetry picks them up by meter name).</summary>
public sealed class ServerMetrics : IDisposable
{
    public const string MeterName = "BackLegKiosk.Server";
    private readonly Meter _meter;

    public ServerMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        FactsIngested = _meter.CreateCounter<long>("backleg.facts.ingested", description: "Facts stored");
        FactsDuplicate = _meter.CreateCounter<long>("backleg.facts.duplicate", description: "Facts pushed again and ignored");
        FactsRejected = _meter.CreateCounter<long>("backleg.facts.rejected", description: "Facts refused by validation");
        PushDuration = _meter.CreateHistogram<double>("backleg.push.duration", unit: "ms", description: "Time to store one pushed batch");
        CheckIns = _meter.CreateCounter<long>("backleg.check_ins", description: "Check-ins by verdict");
        PushesRefusedBusy = _meter.CreateCounter<long>("backleg.push.refused_busy", description: "Pushes answered RESOURCE_EXHAUSTED because the ingest queue was full");
    }

    public Counter<long> FactsIngested { get; }

    public Counter<long> FactsDuplicate { get; }

    public Counter<long> FactsRejected { get; }

    public Histogram<double> PushDuration { get; }

    public Counter<long> CheckIns { get; }

    public Counter<long> PushesRefusedBusy { get; }

    /// <summary>Counts a push's outcomes, the refusals made at the edge included.</summary>
    public void Count(IEnumerable<Facts.FactOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            (outcome switch
            {
                Facts.FactOutcome.Duplicate => FactsDuplicate,
                Facts.FactOutcome.Rejected => FactsRejected,
                _ => FactsIngested,
            }).Add(1);
        }
    }

    public void Dispose() => _meter.Dispose();
}
