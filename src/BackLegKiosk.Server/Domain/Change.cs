namespace BackLegKiosk.Server.Domain;

/// <summary>What changed, for live views: a session's facts, a check-in, a session planned or completed.</summary>
public sealed record Change(Guid? SessionId, long Sequence);
