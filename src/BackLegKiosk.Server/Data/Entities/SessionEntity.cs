using BackLegKiosk.Training.Catalog;

namespace BackLegKiosk.Server.Data.Entities;

public sealed class SessionEntity
{
    public Guid Id { get; set; }

    public Guid MemberId { get; set; }

    public Guid KioskId { get; set; }

    public Guid CheckInId { get; set; }

    public DateTimeOffset PlannedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>
    /// Set when the member planned anew after leaving this session unfinished past
    /// <see cref="ServerOptions.OpenSessionHours"/>: it is no longer the member's one open session,
    /// but still takes the facts its kiosks deliver late.
    /// </summary>
    public DateTimeOffset? AbandonedAt { get; set; }

    public BodyRegion Focus { get; set; }

    public int PlannedSetsLegs { get; set; }

    public int PlannedSetsBack { get; set; }

    public int EstimatedMinutes { get; set; }

    /// <summary>Legs sets that count (working, not voided, latest correction), kept by the fact writer in the transaction that changes them.</summary>
    public int CountedSetsLegs { get; set; }

    /// <summary>Back sets that count, kept like <see cref="CountedSetsLegs"/>.</summary>
    public int CountedSetsBack { get; set; }

    public double SleepHours { get; set; }

    /// <summary>The app a session was imported from (strong, hevy, fitnotes); null for a session on this gym's floor.</summary>
    public string? ImportedFrom { get; set; }

    /// <summary>A set of <paramref name="region"/> that began (+1) or stopped (-1) counting in this session.</summary>
    public void CountSet(BodyRegion? region, int change)
    {
        if (region == BodyRegion.Legs)
        {
            CountedSetsLegs += change;
        }
        else if (region == BodyRegion.Back)
        {
            CountedSetsBack += change;
        }
    }

    /// <summary>The plan as the kiosk received it (protobuf JSON), so a second kiosk resumes the same plan.</summary>
    public required string PlanJson { get; set; }
}
