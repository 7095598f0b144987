namespace BackLegKiosk.Server.Domain.HandOffs;

/// <summary>Where a hand-off link stands, as the kiosk that showed it asks.</summary>
public enum HandOffProgress
{
    /// <summary>Shown, not opened yet, still valid.</summary>
    Waiting,

    /// <summary>A phone opened it: the session is on the phone now.</summary>
    Taken,

    /// <summary>Not opened in time.</summary>
    Expired,
}
