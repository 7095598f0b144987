using BackLegKiosk.Training.Recovery;

namespace BackLegKiosk.Training.History;

/// <summary>What the member sees when they finish: per-group counts, minutes planned and taken, and recovery advice (R10).</summary>
public sealed record SessionCompletion(RecoveryAdvice Advice, IReadOnlyList<RegionSummary> Summary, int PlannedMinutes, int ActualMinutes);
