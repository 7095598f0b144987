using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;

namespace BackLegKiosk.Server.Data.Entities;

/// <summary>An immutable fact. Corrections are new facts that point at the one they void.</summary>
public sealed class FactEntity
{
    /// <summary>Server sequence number, assigned in the inserting transaction.</summary>
    public long Sequence { get; set; }

    /// <summary>The device's id for the fact: the idempotency key.</summary>
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid MemberId { get; set; }

    public Guid KioskId { get; set; }

    public FactKind Kind { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public string? Slot { get; set; }

    public string? ExerciseId { get; set; }

    public BodyRegion? Region { get; set; }

    public int? SetNumber { get; set; }

    public double? LoadKg { get; set; }

    /// <summary>The load as entered, in <see cref="Unit"/>, so a pull returns exactly what the device sent.</summary>
    public double? LoadEntered { get; set; }

    public WeightUnit? Unit { get; set; }

    public int? Reps { get; set; }

    public double? Rpe { get; set; }

    public bool WarmUp { get; set; }

    public bool Failed { get; set; }

    public Guid? TargetFactId { get; set; }

    /// <summary>
    /// Whether this set counts, as <see cref="Training.Sets.SetFold"/> decides over the session's facts;
    /// kept up to date in the transaction that stores any set of the session, so SQL can count sets.
    /// </summary>
    public bool Counted { get; set; }

    public string? Reason { get; set; }
}
