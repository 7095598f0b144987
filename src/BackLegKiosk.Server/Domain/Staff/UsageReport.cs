namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>The gym's use over a span: totals, buckets for the chart, per kiosk, busiest hours and session lengths.</summary>
public sealed record UsageReport(
    UsageCounts Total,
    SessionLengths SessionLength,
    IReadOnlyList<UsagePoint> Points,
    IReadOnlyList<KioskUsage> PerKiosk,
    IReadOnlyList<HourOfWeek> BusiestHours);
