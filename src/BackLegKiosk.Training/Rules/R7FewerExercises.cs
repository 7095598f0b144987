using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Notes;

namespace BackLegKiosk.Training.Rules;

/// <summary>R7: "instead of performing five exercises for each muscle group ... three to four exercises".</summary>
public static class R7FewerExercises
{
    /// <summary>Rule id.</summary>
    public const string Id = "R7";

    /// <summary>Rule name.</summary>
    public const string Name = "Fewer exercises";

    /// <summary>Fewest exercises per group.</summary>
    public const int MinPerGroup = 3;

    /// <summary>Most exercises per group.</summary>
    public const int MaxPerGroup = 4;

    /// <summary>Fewest sets per exercise when a fourth exercise is added: two sets keep each exercise worth its setup.</summary>
    public const int MinSetsPerExerciseForFour = 2;

    /// <summary>
    /// Four exercises when both groups have at least two sets for each and time is not the goal;
    /// otherwise three, which keeps sets per exercise high ("higher quality sets").
    /// </summary>
    public static int ExercisesPerGroup(int plannedSetsLegs, int plannedSetsBack, TrainingGoal goal) =>
        goal != TrainingGoal.LimitedTime && Math.Min(plannedSetsLegs, plannedSetsBack) >= MaxPerGroup * MinSetsPerExerciseForFour
            ? MaxPerGroup
            : MinPerGroup;

    /// <summary>Spreads a group's sets over its exercises; earlier (more technical) exercises take the remainder.</summary>
    public static int[] Distribute(int sets, int exercises)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(exercises, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(sets, exercises);
        var spread = new int[exercises];
        for (var i = 0; i < exercises; i++)
        {
            spread[i] = (sets / exercises) + (i < sets % exercises ? 1 : 0);
        }

        return spread;
    }

    /// <summary>The note a plan carries for R7.</summary>
    public static RuleNote Explain(int perGroup, TrainingGoal goal) =>
        perGroup == MinPerGroup && goal == TrainingGoal.LimitedTime
            ? new(Id, "R7.Fewest", [])
            : new(Id, "R7.Fewer", [NoteValue.Number("count", perGroup)]);
}
