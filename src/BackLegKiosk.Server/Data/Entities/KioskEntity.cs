namespace BackLegKiosk.Server.Data.Entities;

public sealed class KioskEntity
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>SHA-256 of the device key's secret part; the key itself is shown once at provisioning.</summary>
    public required string KeyHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>SHA-256 of the one-time pairing code, while one is outstanding.</summary>
    public string? PairingCodeHash { get; set; }

    /// <summary>When the outstanding pairing code stops working.</summary>
    public DateTimeOffset? PairingExpiresAt { get; set; }

    /// <summary>When staff revoked the kiosk's key; a new key (rotation) clears it.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastSeenAt { get; set; }

    public DateTimeOffset? LastPushAt { get; set; }

    public long FactsReceived { get; set; }

    public DateTimeOffset? LastHeartbeatAt { get; set; }

    /// <summary>Outbox facts still to push, as the kiosk last reported.</summary>
    public int PendingFacts { get; set; }

    /// <summary>Facts the server refused that the kiosk keeps aside, as it last reported.</summary>
    public int RefusedFacts { get; set; }

    /// <summary>The kiosk's dead letters by reason (JSON), as it last reported.</summary>
    public string? DeadLetters { get; set; }

    /// <summary>What is wrong with the kiosk's own outbox storage, as it last reported; null when nothing.</summary>
    public string? StorageProblem { get; set; }

    /// <summary>How many times staff asked this kiosk to send its dead letters again.</summary>
    public long ResendRequests { get; set; }

    /// <summary>How many of those requests the kiosk has acted on.</summary>
    public long ResendRequestsDone { get; set; }
}
