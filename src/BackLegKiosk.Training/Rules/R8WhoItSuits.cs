using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Notes;

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

        return new RuleNote(Id, "R8.NotSuited", [NoteValue.Word("who", profile.Experience == Experience.Beginner ? "a-beginner" : "an-intermediate")]);
    }

    /// <summary>The note a plan carries for R8.</summary>
    public static RuleNote Explain(MemberProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Suits(profile)
            ? new RuleNote(Id, "R8.Suits", [NoteValue.Word("goal", Goal(profile.Goal))])
            : new RuleNote(Id, "R8.Warned", []);
    }

    private static string Goal(TrainingGoal goal) => goal switch
    {
        TrainingGoal.LegsPriority => "legs-priority",
        TrainingGoal.BackPriority => "back-priority",
        TrainingGoal.Strength => "strength-focused",
        _ => "limited-time",
    };
}
