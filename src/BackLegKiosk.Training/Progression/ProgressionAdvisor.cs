using BackLegKiosk.Training.History;
using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Progression;

/// <summary>Next load from last performance, and deloads after stalls.</summary>
public static class ProgressionAdvisor
{
    /// <summary>
    /// The next working load after last session's working sets of one exercise, judged against their
    /// RIR target: every rep done with two or more reps to spare beyond the target → two steps up;
    /// every rep done at or above the target → one step up; reps missed by two or more → one step down;
    /// otherwise hold.
    /// </summary>
    public static (double LoadKg, string Reason) NextLoad(IReadOnlyList<SetRecord> lastWorkingSets, int targetReps, int targetRir, double stepKg)
    {
        ArgumentNullException.ThrowIfNull(lastWorkingSets);
        if (lastWorkingSets.Count == 0)
        {
            throw new ArgumentException("At least one working set is needed.", nameof(lastWorkingSets));
        }

        var load = lastWorkingSets.Max(s => s.LoadKg);
        var top = lastWorkingSets.Where(s => s.LoadKg == load).ToList();
        var allReps = top.All(s => s.Reps >= targetReps);
        var spare = top.Min(s => s.Rpe is { } r ? 10 - r : targetRir);
        if (allReps && spare >= targetRir + 2)
        {
            return (load + (2 * stepKg), "every set hit its reps with reps to spare: two steps up");
        }

        if (allReps && spare >= targetRir)
        {
            return (load + stepKg, "every set hit its reps at the target effort: one step up");
        }

        if (top.Any(s => s.Reps <= targetReps - 2))
        {
            return (Math.Max(0, load - stepKg), "reps were missed by two or more: one step down");
        }

        return (load, "close to the target: hold the load");
    }

    /// <summary>
    /// A deload suggestion when the last <see cref="PlannerOptions.StallSessions"/> sessions of an exercise
    /// did not beat the best estimate from before them; null when it is still progressing.
    /// </summary>
    public static RuleNote? StallCheck(IReadOnlyList<SessionRecord> history, string exerciseId, string exerciseName, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        var bests = new List<(DateTimeOffset At, double Best)>();
        for (var i = 0; i < history.Count; i++)
        {
            if (OneRepMax.BestInSession(history[i], exerciseId, options.Formula) is { } best)
            {
                bests.Add((history[i].At, best));
            }
        }

        bests.Sort((a, b) => a.At.CompareTo(b.At));
        if (bests.Count <= options.StallSessions)
        {
            return null;
        }

        var before = bests.Take(bests.Count - options.StallSessions).Max(b => b.Best);
        var recent = bests.Skip(bests.Count - options.StallSessions).Max(b => b.Best);
        return recent > before
            ? null
            : new RuleNote(TrainingRules.ProgressionId, "Progression.Stall",
            [
                NoteValue.Text("exercise", exerciseName),
                NoteValue.Number("sessions", options.StallSessions),
                NoteValue.Number("deload", 1 - options.DeloadFraction, "0%"),
            ]);
    }
}
