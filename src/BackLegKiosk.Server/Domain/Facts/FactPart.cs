namespace BackLegKiosk.Server.Domain.Facts;

/// <summary>The part of a fact a refusal is about; each edge names it in its own words (a push's <c>facts[3].occurred_at</c>, a completion's <c>completed_at</c>).</summary>
public enum FactPart
{
    /// <summary>The fact as a whole, such as anything arriving for a completed session.</summary>
    Whole,
    SessionId,
    OccurredAt,
    TargetFactId,
}
