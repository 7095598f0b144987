using BackLegKiosk.Training.History;

namespace BackLegKiosk.Training.Progression;

/// <summary>Estimated one-rep maxes from logged sets.</summary>
public static class OneRepMax
{
    /// <summary>Sets beyond this many reps to failure say little about a single rep, so they are not used.</summary>
    public const int MaxRepsForEstimate = 12;

    /// <summary>
    /// The estimated one-rep max of a set. Reps left in reserve count toward the reps to failure:
    /// 5 reps at RPE 8 are estimated as 7 reps to failure.
    /// </summary>
    public static double Estimate(double loadKg, int reps, double? rpe, OneRepMaxFormula formula)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reps, 1);
        if (!double.IsFinite(loadKg) || loadKg < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(loadKg), loadKg, "The load must be a finite, non-negative number.");
        }

        var reserve = rpe is { } r ? Math.Max(0, 10 - r) : 0;
        var toFailure = reps + reserve;
        return formula switch
        {
            OneRepMaxFormula.Brzycki => loadKg * 36 / (37 - Math.Min(toFailure, 36)),
            _ => toFailure <= 1 ? loadKg : loadKg * (1 + (toFailure / 30.0)),
        };
    }

    /// <summary>The share of the one-rep max that can be lifted for <paramref name="repsToFailure"/> reps (the formula inverted).</summary>
    public static double FractionFor(int repsToFailure, OneRepMaxFormula formula)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repsToFailure, 1);
        return formula switch
        {
            OneRepMaxFormula.Brzycki => (37.0 - Math.Min(repsToFailure, 36)) / 36.0,
            _ => repsToFailure == 1 ? 1 : 1 / (1 + (repsToFailure / 30.0)),
        };
    }

    /// <summary>True when a set is one a strength estimate may use.</summary>
    public static bool Usable(SetRecord set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return !set.IsWarmUp && set.Reps >= 1 && set.LoadKg > 0
            && set.Reps + (set.Rpe is { } r ? Math.Max(0, 10 - r) : 0) <= MaxRepsForEstimate;
    }

    /// <summary>The best estimate for one exercise over the last <paramref name="window"/>, or null without a usable set.</summary>
    public static double? BestRecent(IReadOnlyList<SessionRecord> history, string exerciseId, DateTimeOffset now, TimeSpan window, OneRepMaxFormula formula)
    {
        ArgumentNullException.ThrowIfNull(history);
        double? best = null;
        for (var i = 0; i < history.Count; i++)
        {
            var session = history[i];
            if (session.At > now || session.At < now - window)
            {
                continue;
            }

            var sessionBest = BestInSession(session, exerciseId, formula);
            if (sessionBest is { } estimate)
            {
                best = best is null ? estimate : Math.Max(best.Value, estimate);
            }
        }

        return best;
    }

    /// <summary>The best estimate from one session's sets of one exercise, or null without a usable set.</summary>
    public static double? BestInSession(SessionRecord session, string exerciseId, OneRepMaxFormula formula)
    {
        ArgumentNullException.ThrowIfNull(session);
        double? best = null;
        for (var i = 0; i < session.Sets.Count; i++)
        {
            var set = session.Sets[i];
            if (set.ExerciseId == exerciseId && Usable(set))
            {
                var estimate = Estimate(set.LoadKg, set.Reps, set.Rpe, formula);
                best = best is null ? estimate : Math.Max(best.Value, estimate);
            }
        }

        return best;
    }
}
