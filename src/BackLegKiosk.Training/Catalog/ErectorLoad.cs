namespace BackLegKiosk.Training.Catalog;

/// <summary>How hard an exercise loads the spinal erectors; R3 keys off <see cref="High"/>.</summary>
public enum ErectorLoad
{
    /// <summary>The spine is supported.</summary>
    None,

    /// <summary>Light isometric demand.</summary>
    Low,

    /// <summary>Substantial but not limiting.</summary>
    Moderate,

    /// <summary>Heavy erector demand (deadlift, barbell row, good morning): fatigues the lower back.</summary>
    High,
}
