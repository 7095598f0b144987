using BackLegKiosk.Contracts.Translation;
using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Facts;
using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Server.Security;
using BackLegKiosk.Training.Catalog;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Grpc;

[Authorize(Policy = Policies.Kiosk)]
public sealed class SyncGrpcService(
    CheckInDesk desk,
    FactWriter writer,
    FactReader reader,
    ExerciseCatalog catalog,
    IOptions<ServerOptions> options,
    ServerMetrics metrics) : SyncService.SyncServiceBase
{
    public override async Task<PushFactsResponse> PushFacts(PushFactsRequest request, ServerCallContext context)
    {
        var member = await desk.ResolveForDeliveryAsync(context.KioskId(), context.CheckInToken(), context.CancellationToken);
        var push = PushMapping.FromProto(request.Facts, options.Value.MaxBatch, catalog);
        metrics.Count(push.EdgeOutcomes);
        var verdicts = await writer.WriteAsync(context.KioskId(), member.Id, push.Entities, context.CancellationToken);
        return push.ToProto(verdicts);
    }

    public override async Task<PullFactsResponse> PullFacts(PullFactsRequest request, ServerCallContext context)
    {
        var (sessionId, after, page) = FactMapping.CursorFromProto(request.SessionId, request.AfterSequence, request.MaxFacts);
        var (_, member) = await desk.ResolveAsync(context.KioskId(), context.CheckInToken(), context.CancellationToken);
        return (await reader.PullAsync(member.Id, sessionId, after, page, context.CancellationToken)).ToProto();
    }

    public override async Task WatchSession(WatchSessionRequest request, IServerStreamWriter<StoredFact> responseStream, ServerCallContext context)
    {
        var (sessionId, after, _) = FactMapping.CursorFromProto(request.SessionId, request.AfterSequence, 0);
        var (checkIn, member) = await desk.ResolveAsync(context.KioskId(), context.CheckInToken(), context.CancellationToken);
        try
        {
            var watcher = new SessionWatcher(member.Id, sessionId, checkIn.Id, context.KioskId(), context.DeviceKeyHash());
            await reader.WatchAsync(watcher, after, fact => responseStream.WriteAsync(FactMapping.ToProto(fact)), context.CancellationToken);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The watcher went away: a normal end of the stream.
        }
    }
}
