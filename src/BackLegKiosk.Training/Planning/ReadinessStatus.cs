namespace BackLegKiosk.Training.Planning;

/// <summary>The check-in verdict.</summary>
public enum ReadinessStatus
{
    /// <summary>Train as planned.</summary>
    Go,

    /// <summary>Train, but read the warnings first.</summary>
    GoWithWarnings,

    /// <summary>Not today: recovery (R9) is not done; no plan is made.</summary>
    NotToday,
}
