using System.Globalization;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>
/// The words and numbers the kiosk shows, made once here so every head (the Blazor one, an Uno one)
/// binds the same text: targets, loads, the rest clock, readiness and the summary.
/// </summary>
public static class KioskText
{
    /// <summary>The effort ratings a member picks from after a set.</summary>
    public static IReadOnlyList<double> RpeChoices { get; } = [6, 7, 8, 9, 10];

    public static string Unit(WeightUnit unit) => unit == WeightUnit.Pounds ? "lb" : "kg";

    public static string Load(double value, string unit) => $"{value.ToString("0.##", CultureInfo.InvariantCulture)} {unit}";

    public static string Load(Load load) => Load(load.Value, Unit(load.Unit));

    public static string Reps(int reps) => reps == 1 ? "1 rep" : $"{reps} reps";

    /// <summary>A done set as the "Sets done" list and the messages name it: "A1 set 2 · Back squat · 100 kg × 8".</summary>
    public static string DoneSet(DoneSet done)
    {
        ArgumentNullException.ThrowIfNull(done);
        var kind = done.Step.IsWarmUp ? "warm-up" : "set";
        var numbers = $"{Load(done.Set.Load)} × {done.Set.Reps}" + (done.Set.Failed ? ", failed" : string.Empty) + (done.Set.Rpe is { } rpe ? $", {Rpe(rpe)}" : string.Empty);
        return $"{done.Step.Exercise.Slot} {kind} {done.Step.SetNumber} · {done.Step.Exercise.ExerciseName} · {numbers}";
    }

    public static string Rpe(double rpe) => $"RPE {rpe.ToString("0.#", CultureInfo.InvariantCulture)}";

    /// <summary>What to do for this step: the warm-up's easy load, or the working set's load, reps and reps in reserve.</summary>
    public static string Target(WorkoutStep step) => step.WarmUp is { } warmUp
        ? $"Warm-up {step.SetNumber} of {step.Exercise.WarmUps.Count} · " + (warmUp.Load is { } easy
            ? $"{Load(easy)} × {warmUp.Reps}, easy"
            : $"{warmUp.Reps} easy reps at about {(warmUp.FractionOfWorkingLoad * 100).ToString("0", CultureInfo.InvariantCulture)}% of your working weight")
        : $"Set {step.SetNumber} of {step.Exercise.WorkingSets} · " + (step.Exercise.Load is { } load
            ? $"{Load(load)} × {step.Exercise.RepTarget} @ RIR {step.Exercise.TargetRir}"
            : $"{step.Exercise.RepTarget} reps, stop {step.Exercise.TargetRir} short of failure");

    /// <summary>An exercise's dose in the plan preview: sets × reps, and the load or the effort.</summary>
    public static string Dose(WorkoutExercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return $"{SetsAndReps(exercise)} · " + (exercise.Load is { } load ? Load(load) : $"RIR {exercise.TargetRir}");
    }

    /// <summary>One group's volume against the split day (R5): "Legs 12 sets, 25% fewer than the split day's 16".</summary>
    public static string Volume(GroupVolume volume)
    {
        ArgumentNullException.ThrowIfNull(volume);
        return $"{Region(volume.Region)} {volume.PlannedSets} sets, {volume.CutPercent.ToString("0", CultureInfo.InvariantCulture)}% fewer than the split day's {volume.SplitDaySets}";
    }

    public static string Minutes(int minutes) => $"about {minutes} min";

    public static string SetsAndReps(WorkoutExercise exercise) => $"{exercise.WorkingSets} × {exercise.RepTarget}";

    /// <summary>The rest clock: minutes and seconds while it runs, "Go!" once it ended, a dash before the first rest.</summary>
    public static string Rest(RestTimer timer) => timer.IsRunning
        ? $"{timer.SecondsLeft / 60}:{timer.SecondsLeft % 60:00}"
        : timer.HasEnded ? "Go!" : "—";

    public static string ReadinessTitle(ReadinessStatus status) => status switch
    {
        ReadinessStatus.NotToday => "Not today",
        ReadinessStatus.GoWithWarnings => "Go, with care",
        _ => "Ready to train",
    };

    /// <summary>The readiness screen's colour: stop, warn or go, named once for every head's styles.</summary>
    public static string Tone(ReadinessStatus status) => status switch
    {
        ReadinessStatus.NotToday => "stop",
        ReadinessStatus.GoWithWarnings => "warn",
        _ => "go",
    };

    public static string HoursLeft(Readiness readiness) => $"{readiness.HoursUntilReady} h until your legs and back are recovered";

    public static string Region(BodyRegion region) => region == BodyRegion.Legs ? "Legs" : "Back";

    public static string NextSession(DateTimeOffset from) =>
        $"Next back-and-legs day from {from.ToLocalTime().ToString("dddd HH:mm", CultureInfo.InvariantCulture)}";
}
