namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>A session on the floor now: who, where, which superset and how far along.</summary>
public sealed record ActiveSession(
    Guid SessionId,
    Guid MemberId,
    string MemberName,
    Guid KioskId,
    string KioskName,
    string CurrentSuperset,
    DateTimeOffset StartedAt,
    int SetsLogged,
    int SetsPlanned);
