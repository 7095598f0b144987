using BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>One working set to do: which superset, which slot, which set.</summary>
/// <param name="Superset">The superset it belongs to.</param>
/// <param name="Exercise">The exercise and its prescription.</param>
/// <param name="Slot">1 or 2 within the superset.</param>
/// <param name="SetNumber">1-based, per exercise.</param>
public sealed record WorkoutStep(Superset Superset, PlannedExercise Exercise, int Slot, int SetNumber)
{
    /// <summary>The order a member works through a plan: within a superset, A1 set 1, A2 set 1, A1 set 2, ...; then the next superset.</summary>
    public static List<WorkoutStep> For(SessionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var steps = new List<WorkoutStep>();
        foreach (var superset in plan.Supersets)
        {
            for (var set = 1; set <= Math.Max(superset.First.WorkingSets, superset.Second.WorkingSets); set++)
            {
                if (set <= superset.First.WorkingSets)
                {
                    steps.Add(new WorkoutStep(superset, superset.First, 1, set));
                }

                if (set <= superset.Second.WorkingSets)
                {
                    steps.Add(new WorkoutStep(superset, superset.Second, 2, set));
                }
            }
        }

        return steps;
    }

    /// <summary>Rest after this set, from the one rest rule the planner uses.</summary>
    public TimeSpan RestAfter(bool failed) => TimeSpan.FromSeconds(Training.Planning.RestRule.After(
        new Training.Planning.SupersetRests(
            Superset.First.WorkingSets,
            Superset.Second.WorkingSets,
            Superset.ShortRestSeconds,
            Superset.FullRestSeconds,
            Superset.First.RestSeconds,
            Superset.Second.RestSeconds,
            Superset.FailedSetExtraSeconds),
        Slot,
        SetNumber,
        failed));
}
