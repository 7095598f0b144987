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

    /// <summary>When the kiosk checked the member out; the token then works only to deliver what was recorded under it.</summary>
    public DateTimeOffset? CheckedOutAt { get; set; }

    /// <summary>The token still gates the session at <paramref name="now"/>: not checked out and not expired.</summary>
    public bool IsLiveAt(DateTimeOffset now) => CheckedOutAt is null && ExpiresAt > now;

    /// <summary>When the token stopped gating the session: checked out, or expired, whichever came first.</summary>
    public DateTimeOffset EndedAt => CheckedOutAt is { } at && at < ExpiresAt ? at : ExpiresAt;

    public bool TooSoon { get; set; }

    public bool TooOften { get; set; }

    public bool NotSuited { get; set; }

    public bool ShortSleep { get; set; }
}
