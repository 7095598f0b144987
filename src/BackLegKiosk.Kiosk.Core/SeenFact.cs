namespace BackLegKiosk.Kiosk.Core;

/// <summary>A fact the server holds, at its place in the server's order; <paramref name="Set"/> is null for a fact that is not about a set.</summary>
/// <param name="Sequence">The server's cursor after this fact.</param>
/// <param name="Set">What the fold needs of it.</param>
public readonly record struct SeenFact(long Sequence, WorkoutFact? Set);
