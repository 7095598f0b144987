using BackLegKiosk.Training.Catalog;

namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>One of a member's sessions as the history shows it; counted working sets per group.</summary>
public sealed record SessionSummary(
    Guid SessionId,
    DateTimeOffset PlannedAt,
    DateTimeOffset? CompletedAt,
    BodyRegion Focus,
    int PlannedSets,
    int LegsSets,
    int BackSets,
    string KioskName,
    int EstimatedMinutes);
