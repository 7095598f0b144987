using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;

namespace BackLegKiosk.Training.Planning;

/// <summary>One exercise of a superset, with its prescription.</summary>
/// <param name="Slot">Its place in the session, e.g. <c>A1</c>.</param>
/// <param name="Exercise">The catalog entry.</param>
/// <param name="WorkingSets">Working sets to do.</param>
/// <param name="RepTarget">Reps per working set.</param>
/// <param name="Load">Working load rounded to the equipment, when a one-rep max is known; otherwise null and <paramref name="TargetRir"/> sets the effort.</param>
/// <param name="TargetRir">Reps to leave in reserve at the end of each working set.</param>
/// <param name="WarmUps">Warm-up sets before the first working set (first heavy lift of each group).</param>
public sealed record PlannedExercise(
    string Slot,
    Exercise Exercise,
    int WorkingSets,
    int RepTarget,
    Load? Load,
    int TargetRir,
    IReadOnlyList<WarmUpSet> WarmUps)
{
    /// <summary>The RPE that matches <see cref="TargetRir"/> (RPE = 10 − RIR).</summary>
    public int TargetRpe => 10 - TargetRir;
}
