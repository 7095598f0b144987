namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>Check-ins, sessions planned and working sets counted in one span.</summary>
public sealed record UsageCounts(int CheckIns, int Sessions, int Sets);
