using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Progression;

namespace BackLegKiosk.Training.Rules;

/// <summary>
/// R6: "the reduction in volume is typically balanced by maintaining or slightly increasing the
/// intensity". With a known one-rep max the load is the split-day load nudged up; without one, the
/// effort target takes one rep less in reserve. Never lower because of the cut.
/// </summary>
public static class R6IntensityKept
{
    /// <summary>Rule id.</summary>
    public const string Id = "R6";

    /// <summary>Rule name.</summary>
    public const string Name = "Intensity kept";

    /// <summary>Reps in reserve for the combined day: kept when a load is prescribed, one less when effort alone sets it.</summary>
    public static int TargetRir(bool loadPrescribed, int splitDayRir) =>
        loadPrescribed ? splitDayRir : Math.Max(0, splitDayRir - 1);

    /// <summary>The split-day load: the share of the one-rep max that leaves <paramref name="rir"/> reps after <paramref name="reps"/>.</summary>
    public static double SplitDayLoadKg(double oneRepMaxKg, int reps, int rir, OneRepMaxFormula formula) =>
        oneRepMaxKg * OneRepMax.FractionFor(reps + rir, formula);

    /// <summary>
    /// The combined-day working load in the member's unit: the split-day load raised by
    /// <paramref name="nudge"/>, rounded to the nearest step of the equipment, never under the empty bar,
    /// and never under the split-day load rounded the same way.
    /// </summary>
    public static Load WorkingLoad(Exercise exercise, double oneRepMaxKg, int reps, int rir, double nudge, WeightUnit unit, OneRepMaxFormula formula)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        if (nudge < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(nudge), nudge, "R6 never lowers intensity.");
        }

        var splitDay = Round(exercise, Load.FromKilograms(SplitDayLoadKg(oneRepMaxKg, reps, rir, formula), unit), unit);
        var nudged = Round(exercise, Load.FromKilograms(SplitDayLoadKg(oneRepMaxKg, reps, rir, formula) * (1 + nudge), unit), unit);
        return new Load(Math.Max(splitDay, nudged), unit);
    }

    /// <summary>Rounds a load in <paramref name="unit"/> to the equipment's step, not under the empty bar.</summary>
    public static double Round(Exercise exercise, double value, WeightUnit unit)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var step = PlannerOptions.LoadStep(exercise.Equipment, unit);
        var rounded = Math.Round(value / step, MidpointRounding.AwayFromZero) * step;
        return exercise.Equipment == Equipment.Barbell ? Math.Max(rounded, PlannerOptions.EmptyBar(unit)) : Math.Max(rounded, step);
    }

    /// <summary>The note a plan carries for R6.</summary>
    public static RuleNote Explain(int loaded, int byEffort, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var parts = new List<RuleNote>();
        if (loaded > 0)
        {
            parts.Add(new RuleNote(Id, "R6.Loaded", [NoteValue.Number("count", loaded), NoteValue.Number("nudge", options.IntensityNudge, "0.#%"), NoteValue.Number("rir", options.SplitDayRir)]));
        }

        if (byEffort > 0)
        {
            parts.Add(new RuleNote(Id, "R6.ByEffort", [NoteValue.Number("count", byEffort), NoteValue.Number("rir", TargetRir(false, options.SplitDayRir))]));
        }

        return new RuleNote(Id, "R6.Kept", [NoteValue.Parts("parts", parts, NoteJoin.Semicolon)]);
    }
}
