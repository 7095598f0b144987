namespace BackLegKiosk.Server.Domain.Sessions;

/// <summary>The member's session to train: its plan as frozen when planned, and whether it was already open.</summary>
public sealed record PlannedSession(string PlanSnapshot, bool Resumed);
