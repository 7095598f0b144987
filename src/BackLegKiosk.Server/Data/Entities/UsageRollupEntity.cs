namespace BackLegKiosk.Server.Data.Entities;

/// <summary>
/// The gym's use in one UTC hour at one kiosk, kept only as counts: what is left of an erased member's
/// check-ins, sessions and sets, so the usage charts stay true without a row that points at a person.
/// </summary>
public sealed class UsageRollupEntity
{
    public DateTimeOffset Hour { get; set; }

    public Guid KioskId { get; set; }

    public int CheckIns { get; set; }

    public int Sessions { get; set; }

    public int Sets { get; set; }

    public int CompletedSessions { get; set; }

    /// <summary>Minutes the completed sessions took, summed, for the average session length.</summary>
    public double TrainedMinutes { get; set; }

    /// <summary>Minutes the completed sessions' plans estimated, summed.</summary>
    public int EstimatedMinutes { get; set; }

    public static DateTimeOffset HourOf(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero);
}
