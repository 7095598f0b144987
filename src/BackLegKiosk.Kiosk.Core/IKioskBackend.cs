using BackLegKiosk.Training.History;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>The server calls a kiosk's screens make, as the view models see them: typed results in the kiosk's own records, never transport exceptions or wire messages.</summary>
public interface IKioskBackend
{
    Task<BackendResult<MemberCheckIn>> CheckInAsync(string memberCode, string pin, double sleepHours, CancellationToken cancellationToken);

    /// <summary>Plans today's session for the member, or hands back the one they left open.</summary>
    Task<BackendResult<PlannedWorkout>> PlanAsync(string checkInToken, CancellationToken cancellationToken);

    /// <summary>The plan <see cref="PlanAsync"/> would answer now, opening no session.</summary>
    Task<BackendResult<PlanPreview>> PreviewAsync(string checkInToken, CancellationToken cancellationToken);

    Task<BackendResult<IReadOnlyList<SeenFact>>> PullAsync(string checkInToken, string sessionId, long afterSequence, CancellationToken cancellationToken);

    /// <summary>Facts of a session after a cursor, then new ones as they are stored, until cancelled or the stream breaks.</summary>
    IAsyncEnumerable<SeenFact> WatchAsync(string checkInToken, string sessionId, long afterSequence, CancellationToken cancellationToken);

    /// <summary>A coach's override for the checked-in member, confirmed with the coach's own credentials; answers the member's readiness now.</summary>
    Task<BackendResult<Training.Planning.Readiness>> CoachOverrideAsync(string checkInToken, string staffUsername, string staffPassword, string rule, string reason, CancellationToken cancellationToken);

    /// <summary>A one-time link that moves the open session to the member's phone.</summary>
    Task<BackendResult<PhoneLink>> HandOffAsync(string checkInToken, string sessionId, CancellationToken cancellationToken);

    /// <summary>Whether a phone has opened the link yet.</summary>
    Task<BackendResult<PhoneLinkState>> HandOffStateAsync(string checkInToken, Guid linkId, CancellationToken cancellationToken);

    /// <summary>Whether a lift a busy station kept from opening can come back at <paramref name="superset"/>; a null value when not.</summary>
    Task<BackendResult<StationOffer?>> StationOfferAsync(string checkInToken, string sessionId, string superset, CancellationToken cancellationToken);

    /// <summary>Takes the offer at <paramref name="superset"/>: the server stores the changed plan.</summary>
    Task<BackendResult<StationOffer>> TakeStationOfferAsync(string checkInToken, string sessionId, string superset, CancellationToken cancellationToken);

    /// <summary>Completes the session; <paramref name="factId"/> makes a retried completion count once.</summary>
    Task<BackendResult<SessionCompletion>> CompleteAsync(string checkInToken, string sessionId, Guid factId, DateTimeOffset completedAt, CancellationToken cancellationToken);
}
