using BackLegKiosk.Training.Members;

namespace BackLegKiosk.Training.Planning;

/// <summary>A warm-up set before the first heavy lift of a group.</summary>
/// <param name="Reps">Reps to do.</param>
/// <param name="FractionOfWorkingLoad">Share of the working load, e.g. 0.6.</param>
/// <param name="Load">The rounded load when the working load is known; null when it is set by feel.</param>
public sealed record WarmUpSet(int Reps, double FractionOfWorkingLoad, Load? Load);
