using BackLegKiosk.Training.Notes;

namespace BackLegKiosk.Training.Recovery;

/// <summary>What the member is told at the end of a session (R10).</summary>
/// <param name="SleepTargetMinHours">Lower end of tonight's sleep target.</param>
/// <param name="SleepTargetMaxHours">Upper end of tonight's sleep target.</param>
/// <param name="ShortSleepLastNight">True when last night was under the target.</param>
/// <param name="ProteinGrams">Post-workout protein, scaled to body weight.</param>
/// <param name="CarbohydrateGrams">Post-workout carbohydrate, scaled to body weight.</param>
/// <param name="NextHardSessionFrom">When back or legs may be trained hard again (R9).</param>
/// <param name="Notes">The advice as sentences, most important first.</param>
public sealed record RecoveryAdvice(
    double SleepTargetMinHours,
    double SleepTargetMaxHours,
    bool ShortSleepLastNight,
    int ProteinGrams,
    int CarbohydrateGrams,
    DateTimeOffset NextHardSessionFrom,
    IReadOnlyList<RuleNote> Notes);
