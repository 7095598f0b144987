using System.Globalization;
using BackLegKiosk.Training.Members;
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
            : new RuleNote(Id, string.Create(CultureInfo.InvariantCulture,
                $"You slept {hoursLastNight:0.#} h, under the {options.MinSleepHours:0} h your recovery needs: stop each set at its RIR target and aim for {options.MinSleepHours:0}-{options.MaxSleepHours:0} h tonight."));
    }

    /// <summary>The advice shown at the end of a session.</summary>
    public static RecoveryAdvice Advise(MemberProfile profile, double sleepHoursLastNight, DateTimeOffset completedAt, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        var protein = (int)Math.Round(profile.BodyWeightKg * options.ProteinGramsPerKg, MidpointRounding.AwayFromZero);
        var carbs = (int)Math.Round(profile.BodyWeightKg * options.CarbGramsPerKg, MidpointRounding.AwayFromZero);
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Sleep {options.MinSleepHours:0}-{options.MaxSleepHours:0} h tonight: most repair happens then."),
            $"Within the hour: about {protein} g of protein for muscle repair and {carbs} g of carbohydrate to refill glycogen.",
            // The time itself travels as NextHardSessionFrom, so each screen shows it in its own time zone.
            $"Give back and legs {options.MinHoursBetweenHardSessions} h before the next hard session.",
        };
        var sleepWarning = SleepCheck(sleepHoursLastNight, options);
        if (sleepWarning is not null)
        {
            notes.Insert(0, string.Create(CultureInfo.InvariantCulture, $"Last night you slept {sleepHoursLastNight:0.#} h: tonight matters even more."));
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
}
