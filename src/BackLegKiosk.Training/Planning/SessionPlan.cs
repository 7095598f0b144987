using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Notes;

namespace BackLegKiosk.Training.Planning;

/// <summary>Today's combined session, or the reason there is none.</summary>
/// <param name="Readiness">The check-in verdict; when it is not today, <see cref="Supersets"/> is empty.</param>
/// <param name="Focus">The group that opens the session (R2).</param>
/// <param name="Supersets">The supersets in order: A, B, C (and D).</param>
/// <param name="Volume">Split-day and planned sets per group (R5).</param>
/// <param name="EstimatedMinutes">Estimated duration including warm-ups, sets and rests (R11).</param>
/// <param name="RulesApplied">How each rule shaped this plan.</param>
/// <param name="Warnings">What the member and staff should know before starting.</param>
/// <param name="Displaced">The lift R2 wanted to open with when its station was taken and another opened
/// instead: offered again at a superset boundary once its station frees (<see cref="SessionPlanner.BringBack"/>).</param>
public sealed record SessionPlan(
    Readiness Readiness,
    BodyRegion Focus,
    IReadOnlyList<Superset> Supersets,
    IReadOnlyList<GroupVolume> Volume,
    int EstimatedMinutes,
    IReadOnlyList<RuleNote> RulesApplied,
    IReadOnlyList<RuleNote> Warnings,
    Exercise? Displaced = null)
{
    /// <summary>Every planned exercise in session order (A1, A2, B1, ...).</summary>
    public IEnumerable<PlannedExercise> AllExercises() => Supersets.SelectMany(s => new[] { s.First, s.Second });

    /// <summary>The planned exercises of one group in session order.</summary>
    public IEnumerable<PlannedExercise> ExercisesOf(BodyRegion region) => AllExercises().Where(e => e.Exercise.Region == region);

    /// <summary>Working sets of the whole session: R11's hard sets.</summary>
    public int HardSets => Supersets.Sum(s => s.WorkingSets);
}
