using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>One exercise of a plan with its prescription, as the server planned it.</summary>
/// <param name="Slot">A1, A2, B1, ...</param>
/// <param name="ExerciseId">The catalog id, carried on every set logged for it.</param>
/// <param name="ExerciseName">What the screen calls it.</param>
/// <param name="WorkingSets">Working sets to do.</param>
/// <param name="RepTarget">Reps per working set.</param>
/// <param name="Load">The working load, when a one-rep max is known.</param>
/// <param name="TargetRir">Reps to leave in reserve.</param>
/// <param name="WarmUps">Warm-up sets before the first working set.</param>
/// <param name="RestSeconds">The exercise's own full rest, for straight sets once its partner is done.</param>
public sealed record WorkoutExercise(
    string Slot,
    string ExerciseId,
    string ExerciseName,
    int WorkingSets,
    int RepTarget,
    Load? Load,
    int TargetRir,
    IReadOnlyList<WarmUpSet> WarmUps,
    int RestSeconds);
