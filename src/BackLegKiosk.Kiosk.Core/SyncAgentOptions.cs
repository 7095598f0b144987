namespace BackLegKiosk.Kiosk.Core;

/// <summary>How the sync agent pushes: batch size, per-call deadline, and the backoff between failed tries.</summary>
public sealed record SyncAgentOptions
{
    public int BatchSize { get; init; } = 100;

    public TimeSpan Deadline { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan FirstRetry { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetry { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often an idle kiosk tells the server it is alive and what its outbox holds; the dashboard
    /// shows a kiosk silent for a few of these as offline.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(60);
}
