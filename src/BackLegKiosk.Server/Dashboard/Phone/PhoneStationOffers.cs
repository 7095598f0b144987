using BackLegKiosk.Kiosk.Core;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Domain.Floor;
using BackLegKiosk.Server.Domain.HandOffs;
using Google.Protobuf;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Server.Dashboard.Phone;

/// <summary>
/// A phone's station offers come from the same <see cref="FreedStations"/> a kiosk's call reaches, while the
/// phone still holds the session; refusals become the failures the workout shows, as a kiosk's would.
/// </summary>
public sealed class PhoneStationOffers(IServiceScopeFactory scopes, string checkInToken) : IStationOffers
{
    public Task<BackendResult<StationOffer?>> OfferAsync(string sessionId, string superset, CancellationToken cancellationToken) =>
        AskAsync(superset, (stations, member) => stations.OfferAsync(member, Guid.Parse(sessionId), superset, cancellationToken), cancellationToken);

    public async Task<BackendResult<StationOffer>> TakeAsync(string sessionId, string superset, CancellationToken cancellationToken)
    {
        var taken = await AskAsync(superset, async (stations, member) => await stations.TakeAsync(member, Guid.Parse(sessionId), superset, cancellationToken), cancellationToken);
        return new BackendResult<StationOffer>(taken.Value, taken.Failure, taken.Detail);
    }

    private async Task<BackendResult<StationOffer?>> AskAsync(string superset, Func<FreedStations, Data.Entities.MemberEntity, Task<OfferedPlan?>> ask, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var (_, member) = await scope.ServiceProvider.GetRequiredService<CheckInDesk>().ResolveAsync(PhoneKiosk.Id, checkInToken, cancellationToken);
            var offer = await ask(scope.ServiceProvider.GetRequiredService<FreedStations>(), member);
            return new BackendResult<StationOffer?>(
                offer is null ? null : new StationOffer(superset, offer.Note, KioskWire.FromProto(JsonParser.Default.Parse<Api.SessionPlan>(offer.PlanSnapshot))),
                null);
        }
        catch (NotAuthenticatedException ex)
        {
            return new BackendResult<StationOffer?>(null, BackendFailure.CheckInEnded, ex.Message);
        }
        catch (Exception ex) when (ex is WrongStateException or NotFoundException or InvalidFieldException)
        {
            return new BackendResult<StationOffer?>(null, BackendFailure.Refused, ex.Message);
        }
    }
}
