namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>How long completed sessions took against what their plans estimated, in minutes.</summary>
public sealed record SessionLengths(int Completed, double AverageMinutes, double AverageEstimatedMinutes);
