namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>The counts of one bucket (a local hour or day) starting at <see cref="Start"/>.</summary>
public sealed record UsagePoint(DateTimeOffset Start, UsageCounts Counts);
