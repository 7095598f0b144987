namespace BackLegKiosk.Server.Domain;

/// <summary>What the server tells a kiosk in answer to its heartbeat.</summary>
/// <param name="ServerTime">The server's clock, which the kiosk aligns to.</param>
/// <param name="ResendRequests">How many times staff asked it to send its dead letters again.</param>
/// <param name="ErasedSessions">Erased members' sessions it is to purge from its outbox.</param>
public sealed record HeartbeatAnswer(DateTimeOffset ServerTime, long ResendRequests, IReadOnlyList<Guid> ErasedSessions);
