namespace BackLegKiosk.Kiosk.Core;

/// <summary>The one-time link a kiosk shows as a QR code so the member carries on on their phone.</summary>
/// <param name="Id">What the kiosk asks the server about while it shows the code.</param>
/// <param name="Url">The link itself; whoever opens it first takes the session.</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record PhoneLink(Guid Id, string Url, DateTimeOffset ExpiresAt);
