namespace BackLegKiosk.Training.Catalog;

/// <summary>Whether an exercise moves several joints or one.</summary>
public enum Mechanics
{
    /// <summary>Multi-joint movement.</summary>
    Compound,

    /// <summary>Single-joint movement.</summary>
    Isolation,
}
