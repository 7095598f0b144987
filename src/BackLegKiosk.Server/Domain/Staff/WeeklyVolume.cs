namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>Working sets per group in one local week starting Monday.</summary>
public sealed record WeeklyVolume(DateTimeOffset WeekStart, int LegsSets, int BackSets);
