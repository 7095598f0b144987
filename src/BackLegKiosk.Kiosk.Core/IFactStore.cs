using BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>
/// Where a workout puts each fact it makes, which answers once the fact is durable: a kiosk's
/// <see cref="Outbox"/> on its disk, or, for a member's phone, the server's own store.
/// </summary>
public interface IFactStore
{
    Task AddAsync(Fact fact, string checkInToken, CancellationToken cancellationToken = default);
}
