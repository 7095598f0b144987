namespace BackLegKiosk.Kiosk.Core;

/// <summary>How the sync agent pushes: batch size, the backoff between failed tries, heartbeats and purging.</summary>
public sealed record SyncAgentOptions
{
    public int BatchSize { get; init; } = 100;

    public TimeSpan FirstRetry { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetry { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Seeds the backoff's jitter. Kiosks that lost the server together must not all come back in the
    /// same second, so each gives its own seed (the host uses the device key); a test gives a fixed one.
    /// </summary>
    public int JitterSeed { get; init; }

    /// <summary>
    /// How often an idle kiosk tells the server it is alive and what its outbox holds; the dashboard
    /// shows a kiosk silent for a few of these as offline.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long what the server stored stays in the outbox before it is purged, so the file stays bounded.</summary>
    public TimeSpan KeepDelivered { get; init; } = TimeSpan.FromDays(14);
}
