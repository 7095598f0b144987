namespace BackLegKiosk.Kiosk.Core;

/// <summary>Where a shown phone link stands.</summary>
public enum PhoneLinkState
{
    /// <summary>Not opened yet.</summary>
    Waiting,

    /// <summary>A phone opened it and owns the session now.</summary>
    Taken,

    /// <summary>Not opened in time.</summary>
    Expired,
}
