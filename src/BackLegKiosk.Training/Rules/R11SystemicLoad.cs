using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Training.Rules;

/// <summary>
/// R11: "when two large muscle groups are worked intensely, the resulting systemic fatigue is
/// significantly greater": the session's hard sets and duration stay inside a budget. The planner
/// trims (four exercises to three, then sets toward R5's floor) until the plan fits; if even R5's
/// floor does not fit, the plan warns and offers split days instead of breaking R5.
/// </summary>
public static class R11SystemicLoad
{
    /// <summary>Rule id.</summary>
    public const string Id = "R11";

    /// <summary>Rule name.</summary>
    public const string Name = "Systemic load";

    /// <summary>The session budget: hard sets and minutes.</summary>
    public static (int MaxHardSets, int MaxMinutes) Budget(MemberProfile profile, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        return (options.MaxHardSets, Math.Min(profile.AvailableMinutes, options.MaxSessionMinutes));
    }

    /// <summary>True when the supersets fit the budget.</summary>
    public static bool Fits(IReadOnlyList<Superset> supersets, (int MaxHardSets, int MaxMinutes) budget, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(supersets);
        return supersets.Sum(s => s.WorkingSets) <= budget.MaxHardSets && EstimateMinutes(supersets, options) <= budget.MaxMinutes;
    }

    /// <summary>
    /// Minutes from the first warm-up to the last rep: every set's reps and setup, the rests the plan
    /// prescribes between them, warm-ups, and moving between supersets. No rest after the last set.
    /// </summary>
    public static int EstimateMinutes(IReadOnlyList<Superset> supersets, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(supersets);
        ArgumentNullException.ThrowIfNull(options);
        var seconds = 0;
        foreach (var superset in supersets)
        {
            seconds += (superset.First.WarmUps.Count + superset.Second.WarmUps.Count) * options.WarmUpSetSeconds;
            var lastRest = 0;
            for (var set = 1; set <= Math.Max(superset.First.WorkingSets, superset.Second.WorkingSets); set++)
            {
                foreach (var (slot, exercise) in new[] { (1, superset.First), (2, superset.Second) })
                {
                    if (set <= exercise.WorkingSets)
                    {
                        lastRest = superset.RestAfterSet(slot, set, failed: false);
                        seconds += Work(exercise, options) + lastRest;
                    }
                }
            }

            // Moving on to the next superset replaces the rest after its last set.
            seconds -= lastRest;
        }

        seconds += Math.Max(0, supersets.Count - 1) * options.TransitionSeconds;
        return (int)Math.Ceiling(seconds / 60.0);
    }

    /// <summary>The note kind of a plan that fits only after sets were trimmed.</summary>
    public const string TrimmedKind = "R11.Trimmed";

    /// <summary>The note a plan carries for R11.</summary>
    public static RuleNote Explain(int hardSets, int minutes, (int MaxHardSets, int MaxMinutes) budget, bool trimmed) =>
        new(Id, trimmed ? TrimmedKind : "R11.Fits", Budget(hardSets, minutes, budget));

    /// <summary>The warning when R5's floor still does not fit the budget.</summary>
    public static RuleNote OverBudget(int hardSets, int minutes, (int MaxHardSets, int MaxMinutes) budget) =>
        new(Id, "R11.OverBudget", Budget(hardSets, minutes, budget));

    private static NoteValue[] Budget(int hardSets, int minutes, (int MaxHardSets, int MaxMinutes) budget) =>
    [
        NoteValue.Number("sets", hardSets),
        NoteValue.Number("minutes", minutes),
        NoteValue.Number("maxSets", budget.MaxHardSets),
        NoteValue.Number("maxMinutes", budget.MaxMinutes),
    ];

    private static int Work(PlannedExercise exercise, PlannerOptions options) =>
        (exercise.RepTarget * options.SecondsPerRep) + options.SetSetupSeconds;
}
