namespace BackLegKiosk.Kiosk.Core;

/// <summary>A set of the session that counts, with the plan step it fills, as the "Sets done" list shows it.</summary>
public sealed record DoneSet(WorkoutStep Step, LoggedSet Set);
