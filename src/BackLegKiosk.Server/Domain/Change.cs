namespace BackLegKiosk.Server.Domain;

/// <summary>
/// What changed, for live views: a session's facts, a check-in, a session planned or completed, or a
/// kiosk whose key was revoked or replaced (<paramref name="KeyChangedKiosk"/>), so its open streams end at once.
/// </summary>
public sealed record Change(Guid? SessionId, long Sequence, Guid? KeyChangedKiosk = null);
