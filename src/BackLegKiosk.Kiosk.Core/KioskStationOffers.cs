namespace BackLegKiosk.Kiosk.Core;

/// <summary>A kiosk's station offers: asked of the server under the member's check-in.</summary>
public sealed class KioskStationOffers(IKioskBackend backend, string checkInToken) : IStationOffers
{
    public Task<BackendResult<StationOffer?>> OfferAsync(string sessionId, string superset, CancellationToken cancellationToken) =>
        backend.StationOfferAsync(checkInToken, sessionId, superset, cancellationToken);

    public Task<BackendResult<StationOffer>> TakeAsync(string sessionId, string superset, CancellationToken cancellationToken) =>
        backend.TakeStationOfferAsync(checkInToken, sessionId, superset, cancellationToken);
}
