namespace BackLegKiosk.Kiosk.Core;

/// <summary>What the kiosk shows about its link to the server.</summary>
public enum SyncState
{
    /// <summary>The last push went through and nothing is waiting.</summary>
    Online,

    /// <summary>Pushing what is waiting.</summary>
    Syncing,

    /// <summary>The server did not answer; the kiosk keeps working and retries with backoff.</summary>
    Offline,
}
