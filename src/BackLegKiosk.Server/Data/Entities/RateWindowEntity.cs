namespace BackLegKiosk.Server.Data.Entities;

/// <summary>
/// One rate limit's current window for one caller (a kiosk, a client address), shared by every replica:
/// when it started (UTC ticks) and how many attempts it has seen.
/// </summary>
public sealed class RateWindowEntity
{
    public required string Key { get; set; }

    public long WindowStart { get; set; }

    public int Count { get; set; }
}
