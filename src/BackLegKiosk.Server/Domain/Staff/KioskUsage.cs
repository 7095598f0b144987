namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>One kiosk's counts over the report's span.</summary>
public sealed record KioskUsage(Guid KioskId, string KioskName, UsageCounts Counts);
