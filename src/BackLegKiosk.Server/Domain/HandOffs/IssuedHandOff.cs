namespace BackLegKiosk.Server.Domain.HandOffs;

/// <summary>A hand-off link just made: its id (for the kiosk to ask after it), the secret for the QR code, and when it stops working.</summary>
public sealed record IssuedHandOff(Guid Id, string Secret, DateTimeOffset ExpiresAt);
