namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>Every open session, as of one moment.</summary>
public sealed record ActiveSessions(DateTimeOffset AsOf, IReadOnlyList<ActiveSession> Sessions);
