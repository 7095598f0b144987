namespace BackLegKiosk.Kiosk.Core;

/// <summary>
/// Where a workout asks at a superset boundary whether a displaced lift can come back (the server knows the
/// floor): over the kiosk's transport, or in-process for the member's phone.
/// </summary>
public interface IStationOffers
{
    /// <summary>The offer at <paramref name="superset"/>, or a null value when there is none.</summary>
    Task<BackendResult<StationOffer?>> OfferAsync(string sessionId, string superset, CancellationToken cancellationToken);

    /// <summary>Takes the offer; the server stores the changed plan, or refuses when the offer no longer stands.</summary>
    Task<BackendResult<StationOffer>> TakeAsync(string sessionId, string superset, CancellationToken cancellationToken);
}
