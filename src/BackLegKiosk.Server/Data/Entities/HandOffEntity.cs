namespace BackLegKiosk.Server.Data.Entities;

/// <summary>A one-time link that moves a member's open session from a kiosk to their phone.</summary>
public sealed class HandOffEntity
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid MemberId { get; set; }

    /// <summary>The kiosk check-in that made the link; it ends when the phone takes over.</summary>
    public Guid FromCheckInId { get; set; }

    /// <summary>SHA-256 of the link's secret; the secret itself is only ever in the QR code.</summary>
    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When a phone opened it; a link is good for one opening.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}
