using System.Collections.Concurrent;
using System.Globalization;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Planning;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>
/// The words and numbers the kiosk and the phone page show, in one member's language: sentences come from
/// the <see cref="KioskStrings"/> resources through <see cref="IStringLocalizer"/>, numbers and times follow
/// the language's culture, and rule notes are written from their kind and values. Made once per language
/// here, so every head (the Blazor kiosk, the phone page) binds the same text.
/// </summary>
public sealed class KioskText
{
    private static readonly IStringLocalizer Strings =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(KioskStrings));

    private static readonly ConcurrentDictionary<Language, KioskText> ByLanguage = new();

    private KioskText(Language language)
    {
        Language = language;
        Culture = CultureOf(language);
        Notes = new NoteLanguage(Culture, kind => Translated("Note." + kind), word => Translated("Word." + word));
    }

    /// <summary>The effort ratings a member picks from after a set.</summary>
    public static IReadOnlyList<double> RpeChoices { get; } = [6, 7, 8, 9, 10];

    /// <summary>The language every kiosk speaks until told otherwise.</summary>
    public static KioskText English => For(Language.English);

    public Language Language { get; }

    /// <summary>How numbers, dates and times are written.</summary>
    public CultureInfo Culture { get; }

    /// <summary>How rule notes are written.</summary>
    public NoteLanguage Notes { get; }

    /// <summary>A sentence of the resources, as it is: a label, a button.</summary>
    public string this[string key] => Lookup(key);

    /// <summary>The text for <paramref name="language"/>.</summary>
    public static KioskText For(Language language) => ByLanguage.GetOrAdd(language, l => new KioskText(l));

    /// <summary>The culture a language writes numbers and times in.</summary>
    public static CultureInfo CultureOf(Language language) =>
        CultureInfo.GetCultureInfo(language == Language.German ? "de-DE" : "en-GB");

    /// <summary>A sentence of the resources with its values written in this language's culture.</summary>
    public string Format(string key, params object[] values) => string.Format(Culture, Lookup(key), values);

    public string Note(RuleNote note) => Notes.Render(note);

    public static string Unit(WeightUnit unit) => unit == WeightUnit.Pounds ? "lb" : "kg";

    public string Number(double value, string format = "0.##") => value.ToString(format, Culture);

    public string Load(double value, string unit) => $"{Number(value)} {unit}";

    public string Load(Load load) => Load(load.Value, Unit(load.Unit));

    public string Reps(int reps) => reps == 1 ? this["Reps.One"] : Format("Reps.Many", reps);

    public string Rpe(double rpe) => Format("Rpe", Number(rpe, "0.#"));

    /// <summary>A done set as the "Sets done" list and the messages name it: "A1 set 2 · Back squat · 100 kg × 8".</summary>
    public string DoneSet(DoneSet done)
    {
        ArgumentNullException.ThrowIfNull(done);
        var numbers = Format("DoneSet.Numbers", Load(done.Set.Load), done.Set.Reps);
        numbers = done.Set.Failed ? Format("DoneSet.Failed", numbers) : numbers;
        numbers = done.Set.Rpe is { } rpe ? Format("DoneSet.WithRpe", numbers, Rpe(rpe)) : numbers;
        return Format("DoneSet", done.Step.Exercise.Slot, StepKind(done.Step), done.Step.SetNumber, done.Step.Exercise.ExerciseName, numbers);
    }

    /// <summary>"warm-up" or "set", as a saved or done set names its step.</summary>
    public string StepKind(WorkoutStep step) => this[step.IsWarmUp ? "DoneSet.WarmUp" : "DoneSet.Set"];

    /// <summary>What to do for this step: the warm-up's easy load, or the working set's load, reps and reps in reserve.</summary>
    public string Target(WorkoutStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var exercise = step.Exercise;
        if (step.WarmUp is { } warmUp)
        {
            return warmUp.Load is { } easy
                ? Format("Target.WarmUpLoad", step.SetNumber, exercise.WarmUps.Count, Load(easy), warmUp.Reps)
                : Format("Target.WarmUpShare", step.SetNumber, exercise.WarmUps.Count, warmUp.Reps, Number(warmUp.FractionOfWorkingLoad * 100, "0"));
        }

        return exercise.Load is { } load
            ? Format("Target.SetLoad", step.SetNumber, exercise.WorkingSets, Load(load), exercise.RepTarget, exercise.TargetRir)
            : Format("Target.SetEffort", step.SetNumber, exercise.WorkingSets, exercise.RepTarget, exercise.TargetRir);
    }

    /// <summary>An exercise's dose in the plan preview: sets × reps, and the load or the effort.</summary>
    public string Dose(WorkoutExercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return Format("Dose", SetsAndReps(exercise), exercise.Load is { } load ? Load(load) : Format("Dose.Rir", exercise.TargetRir));
    }

    /// <summary>One group's volume against the split day (R5): "Legs 12 sets, 25% fewer than the split day's 16".</summary>
    public string Volume(GroupVolume volume)
    {
        ArgumentNullException.ThrowIfNull(volume);
        return Format("Volume", Region(volume.Region), volume.PlannedSets, Number(volume.CutPercent, "0"), volume.SplitDaySets);
    }

    public string Minutes(int minutes) => Format("Minutes", minutes);

    public string SetsAndReps(WorkoutExercise exercise) => Format("SetsAndReps", exercise.WorkingSets, exercise.RepTarget);

    /// <summary>The rest clock: minutes and seconds while it runs, "Go!" once it ended, a dash before the first rest.</summary>
    public string Rest(RestTimer timer) => timer.IsRunning
        ? $"{timer.SecondsLeft / 60}:{timer.SecondsLeft % 60:00}"
        : timer.HasEnded ? this["Rest.Go"] : "—";

    public string ReadinessTitle(ReadinessStatus status) => this[status switch
    {
        ReadinessStatus.NotToday => "Readiness.NotToday",
        ReadinessStatus.GoWithWarnings => "Readiness.GoWithCare",
        _ => "Readiness.Ready",
    }];

    /// <summary>The readiness screen's colour: stop, warn or go, named once for every head's styles.</summary>
    public static string Tone(ReadinessStatus status) => status switch
    {
        ReadinessStatus.NotToday => "stop",
        ReadinessStatus.GoWithWarnings => "warn",
        _ => "go",
    };

    public string HoursLeft(Readiness readiness) => Format("HoursLeft", readiness.HoursUntilReady);

    public string Region(BodyRegion region) => this[region == BodyRegion.Legs ? "Region.Legs" : "Region.Back"];

    public string NextSession(DateTimeOffset from) => Format("NextSession", from.ToLocalTime().DateTime);

    /// <summary>The message the screen shows for a failed server call, in one place for every screen.</summary>
    public string Failure<T>(BackendResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Failure switch
        {
            null => string.Empty,
            BackendFailure.Refused => result.Detail ?? this["Failure.Refused"],
            BackendFailure.WrongCredentials => this["Failure.WrongCredentials"],
            BackendFailure.CheckInEnded => this["Failure.CheckInEnded"],
            BackendFailure.TimedOut => this["Failure.TimedOut"],
            _ => this["Failure.Unavailable"],
        };
    }

    private string? Translated(string key)
    {
        var found = Localized(key);
        return found.ResourceNotFound ? null : found.Value;
    }

    private string Lookup(string key)
    {
        var found = Localized(key);
        return found.ResourceNotFound ? throw new KeyNotFoundException($"No kiosk text '{key}'.") : found.Value;
    }

    // ResourceManagerStringLocalizer reads the current UI culture; setting it around one synchronous lookup
    // lets two members' kiosks (one process, one culture each) share the localizer.
    private LocalizedString Localized(string key)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Culture;
        try
        {
            return Strings[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
