using BackLegKiosk.Contracts.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>The kiosk's calls over gRPC, with its device key on every call and a deadline on each.</summary>
public sealed class GrpcKioskBackend(GrpcChannel channel, string deviceKey, TimeProvider time) : IKioskBackend
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private readonly KioskService.KioskServiceClient _kiosk = new(channel);
    private readonly SyncService.SyncServiceClient _sync = new(channel);

    public async Task<CheckInResponse> CheckInAsync(string memberCode, string pin, double sleepHours, CancellationToken cancellationToken) =>
        await _kiosk.CheckInAsync(new CheckInRequest { MemberCode = memberCode, Pin = pin, SleepHours = sleepHours }, Options(null, cancellationToken));

    public async Task<PlanSessionResponse> PlanAsync(string checkInToken, BodyRegion focus, CancellationToken cancellationToken) =>
        await _kiosk.PlanSessionAsync(new PlanSessionRequest { Focus = focus }, Options(checkInToken, cancellationToken));

    public async Task<IReadOnlyList<StoredFact>> PullAsync(string checkInToken, string sessionId, long afterSequence, CancellationToken cancellationToken)
    {
        var facts = new List<StoredFact>();
        var cursor = afterSequence;
        PullFactsResponse page;
        do
        {
            page = await _sync.PullFactsAsync(new PullFactsRequest { SessionId = sessionId, AfterSequence = cursor }, Options(checkInToken, cancellationToken));
            facts.AddRange(page.Facts);
            cursor = page.LastSequence;
        }
        while (page.HasMore);

        return facts;
    }

    public async IAsyncEnumerable<StoredFact> WatchAsync(string checkInToken, string sessionId, long afterSequence, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A stream has no deadline: it lives as long as the member's session is on screen.
        var headers = new Metadata { { "x-device-key", deviceKey }, { "x-checkin-token", checkInToken } };
        using var call = _sync.WatchSession(new WatchSessionRequest { SessionId = sessionId, AfterSequence = afterSequence }, headers, cancellationToken: cancellationToken);
        await foreach (var fact in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            yield return fact;
        }
    }

    public async Task<CompleteSessionResponse> CompleteAsync(string checkInToken, CompleteSessionRequest request, CancellationToken cancellationToken) =>
        await _kiosk.CompleteSessionAsync(request, Options(checkInToken, cancellationToken));

    public async Task CheckOutAsync(string checkInToken, CancellationToken cancellationToken) =>
        await _kiosk.CheckOutAsync(new CheckOutRequest(), Options(checkInToken, cancellationToken));

    private CallOptions Options(string? checkInToken, CancellationToken cancellationToken)
    {
        var headers = new Metadata { { "x-device-key", deviceKey } };
        if (checkInToken is not null)
        {
            headers.Add("x-checkin-token", checkInToken);
        }

        return new CallOptions(headers, time.GetUtcNow().UtcDateTime + Deadline, cancellationToken);
    }
}
