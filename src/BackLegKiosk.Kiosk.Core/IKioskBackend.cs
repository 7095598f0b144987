using BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>The server calls a kiosk makes, as the view models see them.</summary>
public interface IKioskBackend
{
    Task<CheckInResponse> CheckInAsync(string memberCode, string pin, double sleepHours, CancellationToken cancellationToken);

    Task<PlanSessionResponse> PlanAsync(string checkInToken, BodyRegion focus, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredFact>> PullAsync(string checkInToken, string sessionId, long afterSequence, CancellationToken cancellationToken);

    /// <summary>Facts of a session after a cursor, then new ones as they are stored, until cancelled.</summary>
    IAsyncEnumerable<StoredFact> WatchAsync(string checkInToken, string sessionId, long afterSequence, CancellationToken cancellationToken);

    Task<CompleteSessionResponse> CompleteAsync(string checkInToken, CompleteSessionRequest request, CancellationToken cancellationToken);
}
