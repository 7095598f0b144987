using BackLegKiosk.Contracts.V1;
using Grpc.Core;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>The screens' calls over the kiosk's one transport; gRPC statuses become <see cref="BackendFailure"/>s here and nowhere else.</summary>
public sealed class GrpcKioskBackend(KioskTransport transport) : IKioskBackend
{
    public Task<BackendResult<CheckInResponse>> CheckInAsync(string memberCode, string pin, double sleepHours, CancellationToken cancellationToken) =>
        CallAsync(
            async () => await transport.Kiosk().CheckInAsync(new CheckInRequest { MemberCode = memberCode, Pin = pin, SleepHours = sleepHours }, cancellationToken: cancellationToken),
            unauthenticated: BackendFailure.WrongCredentials);

    public Task<BackendResult<PlanSessionResponse>> PlanAsync(string checkInToken, BodyRegion focus, CancellationToken cancellationToken) =>
        CallAsync(async () => await transport.Kiosk(checkInToken).PlanSessionAsync(new PlanSessionRequest { Focus = focus }, cancellationToken: cancellationToken));

    public Task<BackendResult<IReadOnlyList<StoredFact>>> PullAsync(string checkInToken, string sessionId, long afterSequence, CancellationToken cancellationToken) =>
        CallAsync<IReadOnlyList<StoredFact>>(async () =>
        {
            var sync = transport.Sync(checkInToken);
            var facts = new List<StoredFact>();
            var cursor = afterSequence;
            PullFactsResponse page;
            do
            {
                page = await sync.PullFactsAsync(new PullFactsRequest { SessionId = sessionId, AfterSequence = cursor }, cancellationToken: cancellationToken);
                facts.AddRange(page.Facts);
                cursor = page.LastSequence;
            }
            while (page.HasMore);

            return facts;
        });

    public async IAsyncEnumerable<StoredFact> WatchAsync(string checkInToken, string sessionId, long afterSequence, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
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

            yield return stream.Current;
        }
    }

    public Task<BackendResult<CompleteSessionResponse>> CompleteAsync(string checkInToken, CompleteSessionRequest request, CancellationToken cancellationToken) =>
        CallAsync(async () => await transport.Kiosk(checkInToken).CompleteSessionAsync(request, cancellationToken: cancellationToken));

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
                    StatusCode.FailedPrecondition or StatusCode.InvalidArgument or StatusCode.NotFound or StatusCode.PermissionDenied => BackendFailure.Refused,
                    StatusCode.DeadlineExceeded or StatusCode.Cancelled => BackendFailure.TimedOut,
                    _ => BackendFailure.Unreachable,
                },
                ex.Status.Detail);
        }
    }
}
