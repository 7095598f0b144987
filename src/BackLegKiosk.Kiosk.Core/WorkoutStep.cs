using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Sets;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>One set to do: which superset, which slot, which set, and whether it is a warm-up.</summary>
/// <param name="Superset">The superset it belongs to.</param>
/// <param name="Exercise">The exercise and its prescription.</param>
/// <param name="Slot">1 or 2 within the superset.</param>
/// <param name="SetNumber">1-based, per exercise, counted separately for warm-ups and working sets.</param>
/// <param name="WarmUp">The warm-up to do, for a warm-up step; null for a working set.</param>
public sealed record WorkoutStep(WorkoutSuperset Superset, WorkoutExercise Exercise, int Slot, int SetNumber, WarmUpSet? WarmUp = null)
{
    public bool IsWarmUp => WarmUp is not null;

    /// <summary>
    /// The order a member works through a plan: the warm-ups of a superset's first lifts, then A1 set 1,
    /// A2 set 1, A1 set 2, ...; then the next superset.
    /// </summary>
    public static List<WorkoutStep> For(WorkoutPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var steps = new List<WorkoutStep>();
        foreach (var superset in plan.Supersets)
        {
            foreach (var (exercise, slot) in new[] { (superset.First, 1), (superset.Second, 2) })
            {
                steps.AddRange(exercise.WarmUps.Select((w, i) => new WorkoutStep(superset, exercise, slot, i + 1, w)));
            }

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

    /// <summary>Rest after this set, from the one rest rule the planner uses; a warm-up takes the short rest.</summary>
    public TimeSpan RestAfter(bool failed) => TimeSpan.FromSeconds(IsWarmUp ? Superset.ShortRestSeconds : RestRule.After(Superset.Rests, Slot, SetNumber, failed));

    /// <summary>Which set of the session this step is, as the fold and the server key it.</summary>
    public SetKey Key => new(Exercise.Slot, SetNumber, IsWarmUp);
}
