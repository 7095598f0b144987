namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>Check-ins in one local hour of the week; Monday is weekday 0.</summary>
public sealed record HourOfWeek(int Weekday, int Hour, int CheckIns);
