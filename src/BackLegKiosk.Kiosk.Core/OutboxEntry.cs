using BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>Something waiting to reach the server, with the check-in it was made under.</summary>
/// <param name="Position">Order in the outbox.</param>
/// <param name="Fact">The fact to push; null for a queued check-out.</param>
/// <param name="CheckInToken">The check-in the entry belongs to; the server scopes pushes by it.</param>
public sealed record OutboxEntry(long Position, Fact? Fact, string CheckInToken)
{
    /// <summary>The end of the check-in, sent once everything recorded under it has been delivered.</summary>
    public bool IsCheckOut => Fact is null;
}
