using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.History;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Notes;

namespace BackLegKiosk.Training.Rules;

/// <summary>
/// R2: the day's priority group opens while energy is highest: a squat or leg press for legs, a heavy
/// deadlift or weighted row for back.
/// </summary>
public static class R2PriorityFirst
{
    /// <summary>Rule id.</summary>
    public const string Id = "R2";

    /// <summary>Rule name.</summary>
    public const string Name = "Priority first";

    /// <summary>
    /// The day's focus: the member's pick if any; else the goal's group; for strength and limited-time
    /// goals, the group that did not open the last combined session (legs when there is none).
    /// </summary>
    public static BodyRegion ResolveFocus(MemberProfile profile, IReadOnlyList<SessionRecord> history, BodyRegion? requested)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(history);
        if (requested is { } picked)
        {
            return picked;
        }

        return profile.Goal switch
        {
            TrainingGoal.LegsPriority => BodyRegion.Legs,
            TrainingGoal.BackPriority => BodyRegion.Back,
            _ => history.Where(s => s.Combined && s.Focus is not null).MaxBy(s => s.At)?.Focus == BodyRegion.Legs
                ? BodyRegion.Back
                : BodyRegion.Legs,
        };
    }

    /// <summary>True when <paramref name="exercise"/> may open a session focused on <paramref name="focus"/>.</summary>
    public static bool IsOpener(Exercise exercise, BodyRegion focus)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return exercise.Region == focus && exercise.IsCompound && focus switch
        {
            BodyRegion.Legs => exercise.Pattern is MovementPattern.Squat or MovementPattern.KneeDominantMachine,
            _ => exercise.Equipment == Equipment.Barbell && exercise.Pattern is MovementPattern.Hinge or MovementPattern.HorizontalPull,
        };
    }

    /// <summary>The opener: the most technically demanding eligible lift (R4 breaks ties by id).</summary>
    public static Exercise ChooseOpener(IEnumerable<Exercise> candidates, BodyRegion focus) =>
        R4TechnicalFirst.Order(candidates.Where(e => IsOpener(e, focus))).FirstOrDefault()
        ?? throw new InvalidOperationException($"No exercise can open a {focus} session.");

    /// <summary>The note a plan carries for R2.</summary>
    public static RuleNote Explain(BodyRegion focus, MemberProfile profile, BodyRegion? requested, Exercise opener)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(opener);
        var why = requested is not null
            ? "chosen-today"
            : profile.Goal switch
            {
                TrainingGoal.LegsPriority => "legs-are-the-priority",
                TrainingGoal.BackPriority => "back-is-the-priority",
                _ => "focus-alternates",
            };
        return new RuleNote(Id, "R2.Focus", [NoteValue.Word("region", focus == BodyRegion.Legs ? "focus-legs" : "focus-back"), NoteValue.Word("why", why), NoteValue.Text("opener", opener.Name)]);
    }
}
