using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.History;
using Members = BackLegKiosk.Training.Members;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>
/// A server stand-in for view-model tests: a real plan from the planner, sent through the same
/// translation the real backend uses, canned answers, and facts "on the server" as the wire carries them.
/// </summary>
internal sealed class FakeBackend : IKioskBackend
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 18, 0, 0, TimeSpan.Zero);

    private static readonly SessionPlanner Planner = new();
    private readonly Contracts.V1.SessionPlan _plan;
    private readonly Training.Planning.SessionPlan _planned;
    private readonly PlanRequest _request;
    private readonly Guid _sessionId = Guid.NewGuid();

    /// <param name="busyPlatform">Plans a back-priority member while the gym's one platform is taken: the deadlift is left out, to come back once it frees.</param>
    public FakeBackend(bool busyPlatform = false)
    {
        _request = new PlanRequest(
            new Members.MemberProfile(Members.Experience.Advanced, busyPlatform ? Members.TrainingGoal.BackPriority : Members.TrainingGoal.LegsPriority, 16, 14, 80, new Dictionary<string, double> { ["back-squat"] = 160 }, 90, Members.WeightUnit.Kilograms),
            [],
            Now,
            8,
            null,
            null,
            busyPlatform ? new FloorState(new Dictionary<string, int> { ["platform"] = 1 }, new Dictionary<string, int> { ["platform"] = 1 }) : null);
        _planned = Planner.Plan(_request);
        _plan = _planned.ToProto(_sessionId, Now);
        Plan = KioskWire.FromProto(_plan);
    }

    public WorkoutPlan Plan { get; }

    /// <summary>Set to make the preview fail as the server would answer while offline.</summary>
    public BackendFailure? PreviewFailure { get; set; }

    public BackendFailure? CheckInFailure { get; set; }

    public string? CheckInFailureDetail { get; set; }

    public List<StoredFact> Remote { get; } = [];

    public bool Resumed { get; set; }

    /// <summary>The unit of the checked-in member's profile.</summary>
    public Training.Members.WeightUnit Units { get; set; } = Training.Members.WeightUnit.Kilograms;

    /// <summary>The language the member's profile names; null follows the kiosk's own.</summary>
    public Training.Members.Language? Language { get; set; }

    /// <summary>The verdict check-in gives.</summary>
    public Training.Planning.Readiness Readiness { get; set; } = new(Training.Planning.ReadinessStatus.Go, 0, null, []);

    public Task<BackendResult<MemberCheckIn>> CheckInAsync(string memberCode, string pin, double sleepHours, CancellationToken cancellationToken) =>
        Task.FromResult(CheckInFailure is { } failure
            ? new BackendResult<MemberCheckIn>(null, failure, CheckInFailureDetail)
            : new BackendResult<MemberCheckIn>(new MemberCheckIn("token", "Alex Rivera", Readiness, Resumed, Units, Language), null));

    public Task<BackendResult<PlannedWorkout>> PlanAsync(string checkInToken, CancellationToken cancellationToken) =>
        Task.FromResult(new BackendResult<PlannedWorkout>(new PlannedWorkout(Plan, Resumed), null));

    public Task<BackendResult<PlanPreview>> PreviewAsync(string checkInToken, CancellationToken cancellationToken) =>
        Task.FromResult(PreviewFailure is { } failure
            ? new BackendResult<PlanPreview>(null, failure)
            : new BackendResult<PlanPreview>(KioskWire.PreviewOf(new PlanSessionResponse { Plan = _plan, Resumed = Resumed }), null));

    /// <summary>The staff password the fake server takes for a coach's override.</summary>
    public const string CoachPassword = "coach-password";

    public Task<BackendResult<Training.Planning.Readiness>> CoachOverrideAsync(string checkInToken, string staffUsername, string staffPassword, string rule, string reason, CancellationToken cancellationToken) =>
        Task.FromResult(staffPassword == CoachPassword
            ? new BackendResult<Training.Planning.Readiness>(new Training.Planning.Readiness(Training.Planning.ReadinessStatus.GoWithWarnings, 0, null, [new Training.Planning.CoachOverride(new HashSet<string> { rule }, staffUsername, reason).NoteFor(rule, [])]), null)
            : new BackendResult<Training.Planning.Readiness>(null, BackendFailure.Refused, "Username or password is wrong."));

    /// <summary>What the server says of the phone link the kiosk shows.</summary>
    public PhoneLinkState PhoneLinkState { get; set; } = PhoneLinkState.Waiting;

    public Task<BackendResult<PhoneLink>> HandOffAsync(string checkInToken, string sessionId, CancellationToken cancellationToken) =>
        Task.FromResult(new BackendResult<PhoneLink>(new PhoneLink(Guid.NewGuid(), "http://127.0.0.1:5080/phone/secret", Now.AddMinutes(5)), null));

    public Task<BackendResult<PhoneLinkState>> HandOffStateAsync(string checkInToken, Guid linkId, CancellationToken cancellationToken) =>
        Task.FromResult(new BackendResult<PhoneLinkState>(PhoneLinkState, null));

    public Task<BackendResult<IReadOnlyList<SeenFact>>> PullAsync(string checkInToken, string sessionId, long afterSequence, CancellationToken cancellationToken) =>
        Task.FromResult(new BackendResult<IReadOnlyList<SeenFact>>([.. Remote.Select(KioskWire.FromProto)], null));

    public async IAsyncEnumerable<SeenFact> WatchAsync(string checkInToken, string sessionId, long afterSequence, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Nothing new arrives from other kiosks in these tests; the stream stays open until cancelled.
        await Task.Delay(Timeout.Infinite, cancellationToken);
        yield break;
    }

    /// <summary>Whether the platform has freed, as the server would see the floor.</summary>
    public bool PlatformFree { get; set; }

    /// <summary>Set to refuse taking an offer, as the server does once it no longer stands.</summary>
    public string? TakeRefusal { get; set; }

    /// <summary>The supersets the kiosk asked about, in order.</summary>
    public List<string> OffersAsked { get; } = [];

    /// <summary>Set to hold the answer to an offer until the test lets it go.</summary>
    public TaskCompletionSource? OfferAnswer { get; set; }

    public async Task<BackendResult<StationOffer?>> StationOfferAsync(string checkInToken, string sessionId, string superset, CancellationToken cancellationToken)
    {
        OffersAsked.Add(superset);
        if (OfferAnswer is { } held)
        {
            await held.Task.WaitAsync(cancellationToken);
        }

        return new BackendResult<StationOffer?>(OfferAt(superset), null);
    }

    public Task<BackendResult<StationOffer>> TakeStationOfferAsync(string checkInToken, string sessionId, string superset, CancellationToken cancellationToken) =>
        Task.FromResult(TakeRefusal is null && OfferAt(superset) is { } offer
            ? new BackendResult<StationOffer>(offer, null)
            : new BackendResult<StationOffer>(null, BackendFailure.Refused, TakeRefusal));

    /// <summary>What Training brings back at <paramref name="superset"/> on the floor now, through the wire as the server sends it.</summary>
    private StationOffer? OfferAt(string superset)
    {
        var next = _planned.Supersets.Select(s => s.Label).ToList().IndexOf(superset);
        var back = Planner.BringBack(_request with { Floor = PlatformFree ? null : _request.Floor }, _planned, next);
        return back is null ? null : KioskWire.FromProto(
            new StationOfferResponse { Offer = Contracts.Translation.TrainingWire.ToProto(back.RulesApplied.Last(n => n.RuleId == Training.Rules.FloorAware.Id)), Plan = back.ToProto(_sessionId, Now) },
            superset);
    }

    public Task<BackendResult<SessionCompletion>> CompleteAsync(string checkInToken, string sessionId, Guid factId, DateTimeOffset completedAt, CancellationToken cancellationToken) =>
        Task.FromResult(new BackendResult<SessionCompletion>(new SessionCompletion(new Training.Recovery.RecoveryAdvice(7, 9, false, 32, 80, Now.AddHours(48), []), [], 60, 55), null));
}
