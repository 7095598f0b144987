using BackLegKiosk.Server.Data.Entities;

namespace BackLegKiosk.Server.Domain.Facts;

/// <summary>One page of a session's facts in sequence order, and the cursor to ask for the next.</summary>
public sealed record FactPage(IReadOnlyList<FactEntity> Facts, bool HasMore, long LastSequence);
