namespace BackLegKiosk.Server.Domain.Facts;

/// <summary>The judgement on one fact: its outcome, its place in the session's order once stored, and for a refusal the part and reason.</summary>
public sealed record FactVerdict(FactOutcome Outcome, long Sequence, Guid? SameSetAs, FactPart? RefusedPart, string? Reason)
{
    public static FactVerdict Refused(FactPart part, string reason) => new(FactOutcome.Rejected, 0, null, part, reason);

    public static FactVerdict DuplicateOf(long sequence) => new(FactOutcome.Duplicate, sequence, null, null, null);

    /// <summary>Accepted, with its sequence still to come from the transaction that stores it.</summary>
    public static FactVerdict Stored(Guid? sameSetAs) =>
        new(sameSetAs is null ? FactOutcome.Accepted : FactOutcome.SettledAsCorrection, 0, sameSetAs, null, null);

    public bool IsStored => Outcome is FactOutcome.Accepted or FactOutcome.SettledAsCorrection;
}
