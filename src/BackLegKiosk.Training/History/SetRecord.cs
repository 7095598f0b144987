using BackLegKiosk.Training.Catalog;

namespace BackLegKiosk.Training.History;

/// <summary>One logged set.</summary>
/// <param name="ExerciseId">Catalog id of the exercise.</param>
/// <param name="Region">The group it trained (kept on the record so history survives a catalog change).</param>
/// <param name="LoadKg">Load in kilograms (added load for body-weight lifts).</param>
/// <param name="Reps">Reps completed.</param>
/// <param name="Rpe">Rate of perceived exertion, 1-10, when the member gave one.</param>
/// <param name="IsWarmUp">Warm-up sets count toward neither volume nor strength estimates.</param>
public sealed record SetRecord(string ExerciseId, BodyRegion Region, double LoadKg, int Reps, double? Rpe, bool IsWarmUp);
