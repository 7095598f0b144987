using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace BackLegKiosk.Server.Grpc;

[Authorize(Policy = Policies.Kiosk)]
public sealed class SyncGrpcService(CheckInDesk desk, FactIngestor ingestor, FactReader reader) : SyncService.SyncServiceBase
{
    public override async Task<PushFactsResponse> PushFacts(PushFactsRequest request, ServerCallContext context)
    {
        var member = await desk.ResolveForDeliveryAsync(context.KioskId(), context.CheckInToken(), context.CancellationToken);
        var response = new PushFactsResponse();
        response.Results.Add(await ingestor.PushAsync(context.KioskId(), member.Id, request.Facts, context.CancellationToken));
        return response;
    }

    public override async Task<PullFactsResponse> PullFacts(PullFactsRequest request, ServerCallContext context)
    {
        var (_, member) = await desk.ResolveAsync(context.KioskId(), context.CheckInToken(), context.CancellationToken);
        return await reader.PullAsync(member.Id, request.SessionId, request.AfterSequence, request.MaxFacts, context.CancellationToken);
    }

    public override async Task WatchSession(WatchSessionRequest request, IServerStreamWriter<StoredFact> responseStream, ServerCallContext context)
    {
        var (_, member) = await desk.ResolveAsync(context.KioskId(), context.CheckInToken(), context.CancellationToken);
        try
        {
            await reader.WatchAsync(member.Id, request.SessionId, request.AfterSequence, fact => responseStream.WriteAsync(fact), context.CancellationToken);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The watcher went away: a normal end of the stream.
        }
    }
}
