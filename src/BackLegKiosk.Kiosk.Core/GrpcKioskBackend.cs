using BackLegKiosk.Contracts.Translation;
using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Training.History;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>The screens' calls over the kiosk's one transport; gRPC statuses become <see cref="BackendFailure"/>s here and nowhere else.</summary>
public sealed class GrpcKioskBackend(KioskTransport transport) : IKioskBackend
{
    public Task<BackendResult<MemberCheckIn>> CheckInAsync(string memberCode, string pin, double sleepHours, CancellationToken cancellationToken) =>
        CallAsync(
            async () => KioskWire.FromProto(await transport.Kiosk().CheckInAsync(new CheckInRequest { MemberCode = memberCode, Pin = pin, SleepHours = sleepHours }, cancellationToken: cancellationToken)),
            unauthenticated: BackendFailure.WrongCredentials);

    public Task<BackendResult<PlannedWorkout>> PlanAsync(string checkInToken, CancellationToken cancellationToken) =>
        CallAsync(async () => KioskWire.FromProto(await transport.Kiosk(checkInToken).PlanSessionAsync(new PlanSessionRequest(), cancellationToken: cancellationToken)));

    public Task<BackendResult<PlanPreview>> PreviewAsync(string checkInToken, CancellationToken cancellationToken) =>
        CallAsync(async () => KioskWire.PreviewOf(await transport.Kiosk(checkInToken).PreviewSessionAsync(new PlanSessionRequest(), cancellationToken: cancellationToken)));

    /// <summary>A wrong staff password is said as the server says it, not as a member's wrong PIN.</summary>
    public Task<BackendResult<Training.Planning.Readiness>> CoachOverrideAsync(string checkInToken, string staffUsername, string staffPassword, string rule, string reason, CancellationToken cancellationToken) =>
        CallAsync(
            async () => TrainingWire.FromProto((await transport.Kiosk(checkInToken).CoachOverrideAsync(
                new CoachOverrideRequest { StaffUsername = staffUsername, StaffPassword = staffPassword, Rule = rule, Reason = reason },
                cancellationToken: cancellationToken)).Readiness),
            unauthenticated: BackendFailure.Refused);

    public Task<BackendResult<PhoneLink>> HandOffAsync(string checkInToken, string sessionId, CancellationToken cancellationToken) =>
        CallAsync(async () => KioskWire.FromProto(await transport.Kiosk(checkInToken).HandOffAsync(new HandOffRequest { SessionId = sessionId }, cancellationToken: cancellationToken)));

    public Task<BackendResult<PhoneLinkState>> HandOffStateAsync(string checkInToken, Guid linkId, CancellationToken cancellationToken) =>
        CallAsync(async () => KioskWire.FromProto((await transport.Kiosk(checkInToken).HandOffStatusAsync(new HandOffStatusRequest { HandoffId = linkId.ToString() }, cancellationToken: cancellationToken)).State));

    public Task<BackendResult<IReadOnlyList<SeenFact>>> PullAsync(string checkInToken, string sessionId, long afterSequence, CancellationToken cancellationToken) =>
        CallAsync<IReadOnlyList<SeenFact>>(async () =>
        {
            var sync = transport.Sync(checkInToken);
            var facts = new List<SeenFact>();
            var cursor = afterSequence;
            PullFactsResponse page;
            do
            {
                page = await sync.PullFactsAsync(new PullFactsRequest { SessionId = sessionId, AfterSequence = cursor }, cancellationToken: cancellationToken);
                facts.AddRange(page.Facts.Select(KioskWire.FromProto));
                cursor = page.LastSequence;
            }
            while (page.HasMore);

            return facts;
        });

    public async IAsyncEnumerable<SeenFact> WatchAsync(string checkInToken, string sessionId, long afterSequence, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var call = transport.Sync(checkInToken).WatchSession(new WatchSessionRequest { SessionId = sessionId, AfterSequence = afterSequence }, cancellationToken: cancellationToken);
        var stream = call.ResponseStream;
        while (true)
        {
            try
            {
                if (!await stream.MoveNext(cancellationToken))
                {
                    yield break;
                }
            }
            catch (RpcException ex) when (!ex.IsStopBy(cancellationToken))
            {
                // A broken stream just ends; the watcher picks it up again from its cursor.
                yield break;
            }

            yield return KioskWire.FromProto(stream.Current);
        }
    }

    public Task<BackendResult<StationOffer?>> StationOfferAsync(string checkInToken, string sessionId, string superset, CancellationToken cancellationToken) =>
        CallAsync(async () => KioskWire.FromProto(await transport.Kiosk(checkInToken).StationOfferAsync(new StationOfferRequest { SessionId = sessionId, Superset = superset }, cancellationToken: cancellationToken), superset));

    public Task<BackendResult<StationOffer>> TakeStationOfferAsync(string checkInToken, string sessionId, string superset, CancellationToken cancellationToken) =>
        CallAsync(async () => KioskWire.FromProto(await transport.Kiosk(checkInToken).TakeStationOfferAsync(new StationOfferRequest { SessionId = sessionId, Superset = superset }, cancellationToken: cancellationToken), superset)
            ?? throw new RpcException(new Status(StatusCode.FailedPrecondition, "The server took the offer but sent no plan back.")));

    public Task<BackendResult<SessionCompletion>> CompleteAsync(string checkInToken, string sessionId, Guid factId, DateTimeOffset completedAt, CancellationToken cancellationToken) =>
        CallAsync(async () => TrainingWire.FromProto(await transport.Kiosk(checkInToken).CompleteSessionAsync(
            new CompleteSessionRequest { SessionId = sessionId, FactId = factId.ToString(), CompletedAt = Timestamp.FromDateTimeOffset(completedAt) },
            cancellationToken: cancellationToken)));

    private static async Task<BackendResult<T>> CallAsync<T>(Func<Task<T>> call, BackendFailure unauthenticated = BackendFailure.CheckInEnded)
    {
        try
        {
            return new BackendResult<T>(await call(), null);
        }
        catch (RpcException ex)
        {
            return new BackendResult<T>(
                default,
                ex.StatusCode switch
                {
                    StatusCode.Unauthenticated => unauthenticated,
                    StatusCode.FailedPrecondition or StatusCode.InvalidArgument or StatusCode.NotFound or StatusCode.PermissionDenied or StatusCode.ResourceExhausted => BackendFailure.Refused,
                    StatusCode.DeadlineExceeded or StatusCode.Cancelled => BackendFailure.TimedOut,
                    _ => BackendFailure.Unreachable,
                },
                ex.Status.Detail);
        }
    }
}
