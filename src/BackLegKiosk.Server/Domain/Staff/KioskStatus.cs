namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>A kiosk as staff see it: when it was last heard, what it delivered, and what it reported waiting or refused.</summary>
public sealed record KioskStatus(
    Guid KioskId,
    string Name,
    DateTimeOffset? LastSeenAt,
    DateTimeOffset? LastPushAt,
    DateTimeOffset? LastHeartbeatAt,
    long FactsReceived,
    int PendingFacts,
    int RefusedFacts,
    IReadOnlyList<DeadLetterCount> DeadLetters,
    string? StorageProblem,
    bool ResendPending,
    DateTimeOffset? RevokedAt);
