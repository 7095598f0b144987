using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Progression;

namespace BackLegKiosk.Training.Planning;

/// <summary>
/// Every number the rules leave to judgement. Defaults sit inside the bands the seed gives and are
/// sourced in the comments; <see cref="Validate"/> refuses values outside those bands.
/// </summary>
public sealed record PlannerOptions
{
    /// <summary>R5: share of split-day sets cut. Seed: "approximately 20 to 30 percent"; default the middle.</summary>
    public double VolumeCut { get; init; } = 0.25;

    /// <summary>R6: load added over the split-day load when volume drops. Seed: "maintaining or slightly increasing the intensity".</summary>
    public double IntensityNudge { get; init; } = 0.025;

    /// <summary>R6: reps in reserve on a split day; the combined day keeps it with a nudged load, or takes one less when no load is known.</summary>
    public int SplitDayRir { get; init; } = 2;

    /// <summary>R3: most lifts that load the erectors heavily in one session.</summary>
    public int MaxHeavyErectorLifts { get; init; } = 2;

    /// <summary>R9: seed: "a muscle group typically requires around 48 hours to recover".</summary>
    public int MinHoursBetweenHardSessions { get; init; } = 48;

    /// <summary>R9: seed: "more than two to three times per week ... is generally not sustainable"; default the safe end, 2.</summary>
    public int MaxCombinedSessionsPer7Days { get; init; } = 2;

    /// <summary>R9: working sets of legs or back from which a past session counts as having trained that group hard.</summary>
    public int HardSessionMinSets { get; init; } = 3;

    /// <summary>R11: most hard sets in one combined session.</summary>
    public int MaxHardSets { get; init; } = 30;

    /// <summary>R11: longest combined session, whatever time the member has.</summary>
    public int MaxSessionMinutes { get; init; } = 120;

    /// <summary>Rest between slot 1 and slot 2 of a superset.</summary>
    public int ShortRestSeconds { get; init; } = 60;

    /// <summary>Extra rest after a set that missed its reps.</summary>
    public int FailedSetExtraRestSeconds { get; init; } = 60;

    /// <summary>Duration estimate: seconds per rep under load.</summary>
    public int SecondsPerRep { get; init; } = 4;

    /// <summary>Duration estimate: seconds to set up each set.</summary>
    public int SetSetupSeconds { get; init; } = 20;

    /// <summary>Duration estimate: seconds per warm-up set including its short rest.</summary>
    public int WarmUpSetSeconds { get; init; } = 60;

    /// <summary>Duration estimate: seconds to move between supersets.</summary>
    public int TransitionSeconds { get; init; } = 120;

    /// <summary>R10: seed: "seven to nine hours of quality sleep nightly".</summary>
    public double MinSleepHours { get; init; } = 7;

    /// <summary>R10: upper end of the nightly sleep target.</summary>
    public double MaxSleepHours { get; init; } = 9;

    /// <summary>R10: post-workout protein in g per kg body weight; ISSN position stand (2017): 0.25-0.40 g/kg per dose.</summary>
    public double ProteinGramsPerKg { get; init; } = 0.4;

    /// <summary>R10: post-workout carbohydrate in g per kg; ISSN nutrient timing (2017): 0.8-1.2 g/kg/h for glycogen.</summary>
    public double CarbGramsPerKg { get; init; } = 1.0;

    /// <summary>Progression: formula for estimated one-rep maxes.</summary>
    public OneRepMaxFormula Formula { get; init; } = OneRepMaxFormula.Epley;

    /// <summary>Progression: how far back logged sets count toward an estimated one-rep max.</summary>
    public int OneRepMaxWindowDays { get; init; } = 56;

    /// <summary>Progression: sessions without a new best estimate before a deload is suggested.</summary>
    public int StallSessions { get; init; } = 3;

    /// <summary>Progression: load taken off for a deload.</summary>
    public double DeloadFraction { get; init; } = 0.10;

    /// <summary>The defaults.</summary>
    public static PlannerOptions Default { get; } = new();

    /// <summary>Smallest load step of the equipment in a unit: plates on a bar, the dumbbell rack, a pin stack.</summary>
    public static double LoadStep(Equipment equipment, WeightUnit unit) => (equipment, unit) switch
    {
        (Equipment.Dumbbell, WeightUnit.Kilograms) => 2,
        (Equipment.Machine, WeightUnit.Kilograms) => 5,
        (Equipment.Machine, WeightUnit.Pounds) => 10,
        (_, WeightUnit.Kilograms) => 2.5,
        _ => 5,
    };

    /// <summary>The empty bar: no barbell load is planned below it.</summary>
    public static double EmptyBar(WeightUnit unit) => unit == WeightUnit.Kilograms ? 20 : 45;

    /// <summary>Every option outside its band.</summary>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new List<ValidationError>();
        Check(VolumeCut is >= 0.20 and <= 0.30, "options.volumeCut", "must be between 0.20 and 0.30 (R5)");
        Check(IntensityNudge is >= 0 and <= 0.05, "options.intensityNudge", "must be between 0 and 0.05 (R6 keeps or nudges up)");
        Check(SplitDayRir is >= 0 and <= 5, "options.splitDayRir", "must be between 0 and 5");
        Check(MaxHeavyErectorLifts is >= 1 and <= 3, "options.maxHeavyErectorLifts", "must be between 1 and 3");
        Check(MinHoursBetweenHardSessions is >= 48 and <= 96, "options.minHoursBetweenHardSessions", "must be between 48 and 96 (R9)");
        Check(MaxCombinedSessionsPer7Days is >= 2 and <= 3, "options.maxCombinedSessionsPer7Days", "must be 2 or 3 (R9)");
        Check(HardSessionMinSets is >= 1 and <= 10, "options.hardSessionMinSets", "must be between 1 and 10");
        Check(MaxHardSets is >= 12 and <= 40, "options.maxHardSets", "must be between 12 and 40");
        Check(MaxSessionMinutes is >= 30 and <= 240, "options.maxSessionMinutes", "must be between 30 and 240");
        Check(ShortRestSeconds is >= 15 and <= 180, "options.shortRestSeconds", "must be between 15 and 180");
        Check(FailedSetExtraRestSeconds is >= 0 and <= 300, "options.failedSetExtraRestSeconds", "must be between 0 and 300");
        Check(SecondsPerRep is >= 1 and <= 10, "options.secondsPerRep", "must be between 1 and 10");
        Check(SetSetupSeconds is >= 0 and <= 120, "options.setSetupSeconds", "must be between 0 and 120");
        Check(WarmUpSetSeconds is >= 0 and <= 300, "options.warmUpSetSeconds", "must be between 0 and 300");
        Check(TransitionSeconds is >= 0 and <= 600, "options.transitionSeconds", "must be between 0 and 600");
        Check(MinSleepHours is >= 7 and <= 9 && MaxSleepHours >= MinSleepHours && MaxSleepHours <= 9, "options.minSleepHours", "sleep target must lie within 7-9 h (R10)");
        Check(ProteinGramsPerKg is >= 0.25 and <= 0.5, "options.proteinGramsPerKg", "must be between 0.25 and 0.5");
        Check(CarbGramsPerKg is >= 0.5 and <= 1.5, "options.carbGramsPerKg", "must be between 0.5 and 1.5");
        Check(Enum.IsDefined(Formula), "options.formula", "must be Epley or Brzycki");
        Check(OneRepMaxWindowDays is >= 7 and <= 365, "options.oneRepMaxWindowDays", "must be between 7 and 365");
        Check(StallSessions is >= 2 and <= 10, "options.stallSessions", "must be between 2 and 10");
        Check(DeloadFraction is >= 0.05 and <= 0.2, "options.deloadFraction", "must be between 0.05 and 0.20");
        return errors;

        void Check(bool ok, string field, string message)
        {
            if (!ok)
            {
                errors.Add(new ValidationError(field, message));
            }
        }
    }
}
