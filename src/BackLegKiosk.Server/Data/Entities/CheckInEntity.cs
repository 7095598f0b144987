using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Server.Data.Entities;

public sealed class CheckInEntity
{
    public Guid Id { get; set; }

    public Guid MemberId { get; set; }

    public Guid KioskId { get; set; }

    public DateTimeOffset At { get; set; }

    public double SleepHours { get; set; }

    public ReadinessStatus Status { get; set; }

    public int HoursUntilReady { get; set; }

    /// <summary>SHA-256 of the check-in token; the token itself only travels to the kiosk.</summary>
    public required string TokenHash { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public bool CheckedOut { get; set; }

    public bool TooSoon { get; set; }

    public bool TooOften { get; set; }

    public bool NotSuited { get; set; }

    public bool ShortSleep { get; set; }
}
