using BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>The server calls a kiosk's screens make, as the view models see them: typed results, never transport exceptions.</summary>
public interface IKioskBackend
{
    Task<BackendResult<CheckInResponse>> CheckInAsync(string memberCode, string pin, double sleepHours, CancellationToken cancellationToken);

    Task<BackendResult<PlanSessionResponse>> PlanAsync(string checkInToken, BodyRegion focus, CancellationToken cancellationToken);

    Task<BackendResult<IReadOnlyList<StoredFact>>> PullAsync(string checkInToken, string sessionId, long afterSequence, CancellationToken cancellationToken);

    /// <summary>Facts of a session after a cursor, then new ones as they are stored, until cancelled or the stream breaks.</summary>
    IAsyncEnumerable<StoredFact> WatchAsync(string checkInToken, string sessionId, long afterSequence, CancellationToken cancellationToken);

    Task<BackendResult<CompleteSessionResponse>> CompleteAsync(string checkInToken, CompleteSessionRequest request, CancellationToken cancellationToken);
}
