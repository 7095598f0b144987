namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>A session's best estimated one-rep max for one exercise.</summary>
public sealed record E1rmPoint(DateTimeOffset At, double E1RmKg);
