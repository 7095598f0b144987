using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>Today's plan as the readiness screen shows it before the member starts.</summary>
/// <param name="Plan">The supersets, in order.</param>
/// <param name="EstimatedMinutes">How long the session should take.</param>
/// <param name="Volume">Per group: today's sets against the split day's, and the cut.</param>
/// <param name="WhyThisOrder">The notes of the rules that set the order (R1-R4), a sentence each.</param>
/// <param name="Warnings">What the member should know before starting.</param>
/// <param name="Resumed">The plan of a session already open, to continue.</param>
public sealed record PlanPreview(
    WorkoutPlan Plan,
    int EstimatedMinutes,
    IReadOnlyList<GroupVolume> Volume,
    IReadOnlyList<RuleNote> WhyThisOrder,
    IReadOnlyList<RuleNote> Warnings,
    bool Resumed)
{
    /// <summary>The rules that decide the order of the exercises, as opposed to their dose.</summary>
    public static IReadOnlySet<string> OrderRules { get; } = new HashSet<string>(StringComparer.Ordinal) { "R1", "R2", "R3", "R4", Training.Rules.FloorAware.Id };
}
