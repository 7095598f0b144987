using BackLegKiosk.Contracts.Translation;
using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Facts;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Server.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace BackLegKiosk.Server.Grpc;

[Authorize(Policy = Policies.Staff)]
public sealed class StaffGrpcService(Domain.Staff.StaffQueries queries, MemberDirectory members, KioskRegistry kiosks, ChangeFeed feed, IServiceScopeFactory scopes)
    : StaffService.StaffServiceBase
{
    public override async Task<UsageReport> GetUsage(UsageRequest request, ServerCallContext context)
    {
        var (from, to) = StaffMapping.SpanFromProto(request.From, request.To);
        return (await queries.UsageAsync(from, to, StaffMapping.HourlyFromProto(request.Bucket), context.CancellationToken)).ToProto();
    }

    public override async Task WatchActiveSessions(WatchActiveSessionsRequest request, IServerStreamWriter<ActiveSessionsSnapshot> responseStream, ServerCallContext context)
    {
        var staffId = Policies.StaffId(context.GetHttpContext().User);
        using var subscription = feed.Subscribe();
        try
        {
            while (!context.CancellationToken.IsCancellationRequested)
            {
                // A fresh scope per snapshot: the stream outlives any one unit of work.
                await using (var scope = scopes.CreateAsyncScope())
                {
                    // The rights the stream started with are asked again before every snapshot, so a
                    // revoked account's stream ends within one poll (FactReader.WatchPoll).
                    if (staffId is not { } id || !await scope.ServiceProvider.GetRequiredService<StaffDirectory>().StillStaffAsync(id, context.CancellationToken))
                    {
                        throw new NotAuthenticatedException("The staff account was removed or its staff access revoked.");
                    }

                    var snapshot = (await scope.ServiceProvider.GetRequiredService<Domain.Staff.StaffQueries>().ActiveSessionsAsync(context.CancellationToken)).ToProto();
                    await responseStream.WriteAsync(snapshot, context.CancellationToken);
                }

                await subscription.WaitForBurstAsync(FactReader.WatchPoll, context.CancellationToken);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The dashboard went away: a normal end of the stream.
        }
    }

    public override async Task<FlaggedMembersResponse> ListFlaggedMembers(FlaggedMembersRequest request, ServerCallContext context)
    {
        var (from, to) = StaffMapping.SpanFromProto(request.From, request.To);
        return (await queries.FlaggedAsync(from, to, context.CancellationToken)).ToProto();
    }

    public override async Task<MemberHistory> GetMemberHistory(MemberHistoryRequest request, ServerCallContext context) =>
        (await queries.MemberHistoryAsync(InputRules.Id(request.MemberId, "member_id"), context.CancellationToken)).ToProto();

    public override async Task<ExportMemberResponse> ExportMember(ExportMemberRequest request, ServerCallContext context) =>
        new() { Json = await members.ExportAsync(InputRules.Id(request.MemberId, "member_id"), context.CancellationToken) };

    public override async Task<EraseMemberResponse> EraseMember(EraseMemberRequest request, ServerCallContext context)
    {
        var erased = await members.EraseAsync(InputRules.Id(request.MemberId, "member_id"), context.CancellationToken);
        return new EraseMemberResponse { SessionsRemoved = erased.Sessions, CheckInsRemoved = erased.CheckIns, SetsRemoved = erased.Sets };
    }

    public override async Task<ProvisionKioskResponse> ProvisionKiosk(ProvisionKioskRequest request, ServerCallContext context)
    {
        var (kiosk, key) = await kiosks.ProvisionAsync(request.Name, context.CancellationToken);
        return new ProvisionKioskResponse { KioskId = kiosk.Id.ToString(), Name = kiosk.Name, DeviceKey = key.ToString() };
    }

    public override async Task<ListKiosksResponse> ListKiosks(ListKiosksRequest request, ServerCallContext context) =>
        (await queries.KiosksAsync(context.CancellationToken)).ToProto();

    public override async Task<ResendDeadLettersResponse> ResendDeadLetters(ResendDeadLettersRequest request, ServerCallContext context)
    {
        await kiosks.ResendDeadLettersAsync(InputRules.Id(request.KioskId, "kiosk_id"), context.CancellationToken);
        return new ResendDeadLettersResponse();
    }
}
