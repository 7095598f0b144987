using BackLegKiosk.Training.Catalog;

namespace BackLegKiosk.Training.History;

/// <summary>Planned against done for one group of a finished session; warm-ups are not counted.</summary>
public sealed record RegionSummary(BodyRegion Region, int PlannedSets, int DoneSets, int FailedSets);
