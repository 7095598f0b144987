using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Recovery;

namespace BackLegKiosk.Training.Rules;

/// <summary>
/// R10: "prioritizing seven to nine hours of quality sleep nightly" and "immediate post-workout
/// nutritional intake ... a balance of protein for muscle repair and carbohydrates for glycogen
/// replenishment", scaled to body weight.
/// </summary>
public static class R10RecoveryAdvice
{
    /// <summary>Rule id.</summary>
    public const string Id = "R10";

    /// <summary>Rule name.</summary>
    public const string Name = "Recovery advice";

    /// <summary>A warning when last night's sleep was under the target; null otherwise.</summary>
    public static RuleNote? SleepCheck(double hoursLastNight, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return hoursLastNight >= options.MinSleepHours
            ? null
            : new RuleNote(Id, "R10.ShortSleep", [NoteValue.Number("slept", hoursLastNight, "0.#"), .. SleepTarget(options)]);
    }

    /// <summary>The advice shown at the end of a session.</summary>
    public static RecoveryAdvice Advise(MemberProfile profile, double sleepHoursLastNight, DateTimeOffset completedAt, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        var protein = (int)Math.Round(profile.BodyWeightKg * options.ProteinGramsPerKg, MidpointRounding.AwayFromZero);
        var carbs = (int)Math.Round(profile.BodyWeightKg * options.CarbGramsPerKg, MidpointRounding.AwayFromZero);
        var notes = new List<RuleNote>
        {
            new(Id, "R10.Sleep", SleepTarget(options)),
            new(Id, "R10.Food", [NoteValue.Number("protein", protein), NoteValue.Number("carbs", carbs)]),
            // The time itself travels as NextHardSessionFrom, so each screen shows it in its own time zone.
            new(Id, "R10.Spacing", [NoteValue.Number("hours", options.MinHoursBetweenHardSessions)]),
        };
        var sleepWarning = SleepCheck(sleepHoursLastNight, options);
        if (sleepWarning is not null)
        {
            notes.Insert(0, new RuleNote(Id, "R10.LastNight", [NoteValue.Number("slept", sleepHoursLastNight, "0.#")]));
        }

        return new RecoveryAdvice(
            options.MinSleepHours,
            options.MaxSleepHours,
            sleepWarning is not null,
            protein,
            carbs,
            completedAt.AddHours(options.MinHoursBetweenHardSessions),
            notes);
    }

    /// <summary>The note that recovery advice (sleep, food) comes at the end, when last night's sleep was enough.</summary>
    public static RuleNote SleptEnough(MemberProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new(Id, "R10.SleptEnough", [NoteValue.Number("weight", profile.BodyWeightKg)]);
    }

    private static NoteValue[] SleepTarget(PlannerOptions options) =>
        [NoteValue.Number("min", options.MinSleepHours), NoteValue.Number("max", options.MaxSleepHours)];
}
