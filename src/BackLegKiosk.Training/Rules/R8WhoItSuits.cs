using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Training.Rules;

/// <summary>
/// R8: the combined day "is best suited for advanced trainees, those with limited gym time, or
/// individuals following a powerlifting or strength-focused program. Beginners and intermediate
/// lifters may find the recovery demands too high."
/// </summary>
public static class R8WhoItSuits
{
    /// <summary>Rule id.</summary>
    public const string Id = "R8";

    /// <summary>Rule name.</summary>
    public const string Name = "Who it suits";

    /// <summary>True when the member is the kind of lifter the combined day suits.</summary>
    public static bool Suits(MemberProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Experience == Experience.Advanced;
    }

    /// <summary>The warning for a member the day does not suit, with a split-day alternative; null when it suits.</summary>
    public static RuleNote? Assess(MemberProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (Suits(profile))
        {
            return null;
        }

        var who = profile.Experience == Experience.Beginner ? "a beginner" : "an intermediate lifter";
        return new RuleNote(Id, $"This combined back-and-legs day is built for advanced, strength-focused or time-limited lifters; as {who} the recovery demands may be too high and hold back your progress. Split-day alternative: legs today, back in 48 hours.");
    }

    /// <summary>The note a plan carries for R8.</summary>
    public static RuleNote Explain(MemberProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Suits(profile)
            ? new RuleNote(Id, $"Suits this member: advanced, {Goal(profile.Goal)}.")
            : new RuleNote(Id, "Planned with a warning: the member is not advanced; a split-day alternative is offered.");
    }

    private static string Goal(TrainingGoal goal) => goal switch
    {
        TrainingGoal.LegsPriority => "legs priority",
        TrainingGoal.BackPriority => "back priority",
        TrainingGoal.Strength => "strength-focused",
        _ => "limited time",
    };
}
