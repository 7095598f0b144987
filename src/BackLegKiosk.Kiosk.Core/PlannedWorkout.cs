namespace BackLegKiosk.Kiosk.Core;

/// <summary>The plan to work through, and whether it was planned earlier (continue it) or just now.</summary>
public sealed record PlannedWorkout(WorkoutPlan Plan, bool Resumed);
