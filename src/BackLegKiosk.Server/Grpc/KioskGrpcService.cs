using BackLegKiosk.Contracts.Translation;
using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Coaching;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Domain.Floor;
using BackLegKiosk.Server.Domain.HandOffs;
using BackLegKiosk.Server.Domain.Sessions;
using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Server.Security;
using BackLegKiosk.Training.Vocabulary;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Grpc;

[Authorize(Policy = Policies.Kiosk)]
public sealed class KioskGrpcService(CheckInDesk desk, SessionDesk sessions, HandOffDesk handOffs, StaffDirectory staff, CoachOverrides overrides, FreedStations stations, KioskRegistry kiosks, IOptions<ServerOptions> options, ServerEndpoints endpoints) : KioskService.KioskServiceBase
{
    [EnableRateLimiting(RateLimits.CheckIn)]
    public override async Task<CheckInResponse> CheckIn(CheckInRequest request, ServerCallContext context)
    {
        var result = await desk.CheckInAsync(context.KioskId(), request.MemberCode, request.Pin, request.SleepHours, context.CancellationToken);
        return new CheckInResponse
        {
            CheckinToken = result.Token,
            ExpiresAt = Timestamp.FromDateTimeOffset(result.CheckIn.ExpiresAt),
            MemberName = result.Member.DisplayName,
            Readiness = result.Readiness.ToProto(),
            OpenSessionId = result.OpenSessionId?.ToString() ?? string.Empty,
            Units = result.Member.Units.ToProto(),
            Language = result.Member.Language is { } language ? Words.Of(language) : string.Empty,
        };
    }

    public override async Task<PlanSessionResponse> PlanSession(PlanSessionRequest request, ServerCallContext context)
    {
        var (checkIn, member) = await desk.ResolveAsync(context.KioskId(), context.CheckInToken(), context.CancellationToken);
        var planned = await sessions.PlanAsync(checkIn, member, FocusOf(request), context.CancellationToken);
        return new PlanSessionResponse { Plan = SessionMapping.PlanOf(planned), Resumed = planned.Resumed };
    }

    public override async Task<PlanSessionResponse> PreviewSession(PlanSessionRequest request, ServerCallContext context)
    {
        var (checkIn, member) = await desk.ResolveAsync(context.KioskId(), context.CheckInToken(), context.CancellationToken);
        var planned = await sessions.PreviewAsync(checkIn, member, FocusOf(request), context.CancellationToken);
        var plan = SessionMapping.PlanOf(planned);
        if (!planned.Resumed)
        {
            plan.SessionId = string.Empty;
        }

        return new PlanSessionResponse { Plan = plan, Resumed = planned.Resumed };
    }

    public override async Task<StationOfferResponse> StationOffer(StationOfferRequest request, ServerCallContext context)
    {
        var (sessionId, superset) = SessionMapping.FromProto(request);
        var (_, member) = await desk.ResolveAsync(context.KioskId(), context.CheckInToken(), context.CancellationToken);
        return SessionMapping.ToProto(await stations.OfferAsync(member, sessionId, superset, context.CancellationToken));
    }

    public override async Task<StationOfferResponse> TakeStationOffer(StationOfferRequest request, ServerCallContext context)
    {
        var (sessionId, superset) = SessionMapping.FromProto(request);
        var (_, member) = await desk.ResolveAsync(context.KioskId(), context.CheckInToken(), context.CancellationToken);
        return SessionMapping.ToProto(await stations.TakeAsync(member, sessionId, superset, context.CancellationToken));
    }

    private static Training.Catalog.BodyRegion? FocusOf(PlanSessionRequest request) =>
        request.Focus == Contracts.V1.BodyRegion.Unspecified ? null
            : TrainingWire.FromProto(request.Focus) ?? throw new InvalidFieldException("focus", "must be legs or back");

    public override async Task<CompleteSessionResponse> CompleteSession(CompleteSessionRequest request, ServerCallContext context)
    {
        var (sessionId, factId, completedAt) = SessionMapping.FromProto(request);
        var (checkIn, member) = await desk.ResolveAsync(context.KioskId(), context.CheckInToken(), context.CancellationToken);
        try
        {
            return (await sessions.CompleteAsync(checkIn, member, sessionId, factId, completedAt, context.CancellationToken)).ToProto();
        }
        catch (FactRefusedException refused)
        {
            throw SessionMapping.Refusal(refused);
        }
    }

    public override async Task<HandOffResponse> HandOff(HandOffRequest request, ServerCallContext context)
    {
        var sessionId = InputRules.Id(request.SessionId, "session_id");
        var (checkIn, _) = await desk.ResolveAsync(context.KioskId(), context.CheckInToken(), context.CancellationToken);
        var issued = await handOffs.IssueAsync(checkIn, sessionId, context.CancellationToken);
        var site = string.IsNullOrWhiteSpace(options.Value.PhoneAddress) ? endpoints.DashboardAddress : options.Value.PhoneAddress.TrimEnd('/');
        return new HandOffResponse { HandoffId = issued.Id.ToString(), Url = $"{site}/phone/{issued.Secret}", ExpiresAt = Timestamp.FromDateTimeOffset(issued.ExpiresAt) };
    }

    public override async Task<HandOffStatusResponse> HandOffStatus(HandOffStatusRequest request, ServerCallContext context)
    {
        var id = InputRules.Id(request.HandoffId, "handoff_id");
        var (checkIn, _) = await desk.ResolveRecentAsync(context.KioskId(), context.CheckInToken(), context.CancellationToken);
        return new HandOffStatusResponse
        {
            State = await handOffs.StateAsync(checkIn, id, context.CancellationToken) switch
            {
                HandOffProgress.Taken => Contracts.V1.HandOffState.Taken,
                HandOffProgress.Expired => Contracts.V1.HandOffState.Expired,
                _ => Contracts.V1.HandOffState.Waiting,
            },
        };
    }

    /// <summary>A staff password typed on a kiosk is a guess like a PIN: the same per-device limit and the account's own lockout.</summary>
    [EnableRateLimiting(RateLimits.CheckIn)]
    public override async Task<CoachOverrideResponse> CoachOverride(CoachOverrideRequest request, ServerCallContext context)
    {
        var (checkIn, member) = await desk.ResolveAsync(context.KioskId(), context.CheckInToken(), context.CancellationToken);
        var coach = await staff.VerifyStaffAsync(request.StaffUsername, request.StaffPassword, context.CancellationToken);
        await overrides.GrantAsync(coach.Id, member.Id, request.Rule, request.Reason, context.CancellationToken);
        return new CoachOverrideResponse { Readiness = (await desk.ReassessAsync(checkIn, member, context.CancellationToken)).ToProto() };
    }

    public override async Task<CheckOutResponse> CheckOut(CheckOutRequest request, ServerCallContext context)
    {
        var (checkIn, _) = await desk.ResolveAsync(context.KioskId(), context.CheckInToken(), context.CancellationToken);
        await desk.CheckOutAsync(checkIn, context.CancellationToken);
        return new CheckOutResponse();
    }

    public override async Task<HeartbeatResponse> Heartbeat(HeartbeatRequest request, ServerCallContext context)
    {
        var answer = await kiosks.HeartbeatAsync(context.KioskId(), request.ToReport(), context.CancellationToken);
        return answer.ToProto(options.Value.MaxBatch);
    }
}
