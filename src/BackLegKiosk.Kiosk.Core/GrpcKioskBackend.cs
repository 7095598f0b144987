using BackLegKiosk.Contracts.V1;
using Grpc.Core;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>The screens' calls over the kiosk's one transport.</summary>
public sealed class GrpcKioskBackend(KioskTransport transport) : IKioskBackend
{
    public async Task<CheckInResponse> CheckInAsync(string memberCode, string pin, double sleepHours, CancellationToken cancellationToken) =>
        await transport.Kiosk().CheckInAsync(new CheckInRequest { MemberCode = memberCode, Pin = pin, SleepHours = sleepHours }, cancellationToken: cancellationToken);

    public async Task<PlanSessionResponse> PlanAsync(string checkInToken, BodyRegion focus, CancellationToken cancellationToken) =>
        await transport.Kiosk(checkInToken).PlanSessionAsync(new PlanSessionRequest { Focus = focus }, cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<StoredFact>> PullAsync(string checkInToken, string sessionId, long afterSequence, CancellationToken cancellationToken)
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
    }

    public async IAsyncEnumerable<StoredFact> WatchAsync(string checkInToken, string sessionId, long afterSequence, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var call = transport.Sync(checkInToken).WatchSession(new WatchSessionRequest { SessionId = sessionId, AfterSequence = afterSequence }, cancellationToken: cancellationToken);
        await foreach (var fact in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            yield return fact;
        }
    }

    public async Task<CompleteSessionResponse> CompleteAsync(string checkInToken, CompleteSessionRequest request, CancellationToken cancellationToken) =>
        await transport.Kiosk(checkInToken).CompleteSessionAsync(request, cancellationToken: cancellationToken);
}
