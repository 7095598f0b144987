namespace BackLegKiosk.Training.Catalog;

/// <summary>The two muscle groups a combined session trains.</summary>
public enum BodyRegion
{
    /// <summary>Lower body: quads, hamstrings, glutes, calves.</summary>
    Legs,

    /// <summary>Upper-body pull: lats, upper back, spinal erectors.</summary>
    Back,
}
