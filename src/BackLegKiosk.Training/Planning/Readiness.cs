using BackLegKiosk.Training.Notes;

namespace BackLegKiosk.Training.Planning;

/// <summary>Whether a member may train the combined session now, and why.</summary>
/// <param name="Status">Go, go with warnings, or not today.</param>
/// <param name="HoursUntilReady">Whole hours (rounded up) until R9 allows the session; 0 when ready.</param>
/// <param name="ReadyAt">When R9 allows the session; null when ready now.</param>
/// <param name="Reasons">Why not today (R9) or the warnings that apply (R8, R10).</param>
public sealed record Readiness(ReadinessStatus Status, int HoursUntilReady, DateTimeOffset? ReadyAt, IReadOnlyList<RuleNote> Reasons)
{
    /// <summary>True unless the verdict is <see cref="ReadinessStatus.NotToday"/>.</summary>
    public bool MayTrain => Status != ReadinessStatus.NotToday;
}
