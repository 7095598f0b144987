using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Training.Planning;
using Members = BackLegKiosk.Training.Members;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>A server stand-in for view-model tests: a real plan from the planner, canned answers, and a record of calls.</summary>
internal sealed class FakeBackend : IKioskBackend
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 18, 0, 0, TimeSpan.Zero);

    public Contracts.V1.SessionPlan Plan { get; } = new SessionPlanner()
        .Plan(new PlanRequest(
            new Members.MemberProfile(Members.Experience.Advanced, Members.TrainingGoal.LegsPriority, 16, 14, 80, new Dictionary<string, double> { ["back-squat"] = 160 }, 90, Members.WeightUnit.Kilograms),
            [],
            Now,
            8))
        .ToProto(Guid.NewGuid(), Now);

    public BackendFailure? CheckInFailure { get; set; }

    public string? CheckInFailureDetail { get; set; }

    public List<StoredFact> Remote { get; } = [];

    public bool Resumed { get; set; }

    public Task<BackendResult<CheckInResponse>> CheckInAsync(string memberCode, string pin, double sleepHours, CancellationToken cancellationToken) =>
        Task.FromResult(CheckInFailure is { } failure
            ? new BackendResult<CheckInResponse>(null, failure, CheckInFailureDetail)
            : new BackendResult<CheckInResponse>(new CheckInResponse
            {
                CheckinToken = "token",
                MemberName = "Alex Rivera",
                Readiness = new Contracts.V1.Readiness { Status = Contracts.V1.ReadinessStatus.Go },
                OpenSessionId = Resumed ? Plan.SessionId : string.Empty,
            }, null));

    public Task<BackendResult<PlanSessionResponse>> PlanAsync(string checkInToken, BodyRegion focus, CancellationToken cancellationToken) =>
        Task.FromResult(new BackendResult<PlanSessionResponse>(new PlanSessionResponse { Plan = Plan, Resumed = Resumed }, null));

    public Task<BackendResult<IReadOnlyList<StoredFact>>> PullAsync(string checkInToken, string sessionId, long afterSequence, CancellationToken cancellationToken) =>
        Task.FromResult(new BackendResult<IReadOnlyList<StoredFact>>(Remote, null));

    public async IAsyncEnumerable<StoredFact> WatchAsync(string checkInToken, string sessionId, long afterSequence, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Nothing new arrives from other kiosks in these tests; the stream stays open until cancelled.
        await Task.Delay(Timeout.Infinite, cancellationToken);
        yield break;
    }

    public Task<BackendResult<CompleteSessionResponse>> CompleteAsync(string checkInToken, CompleteSessionRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new BackendResult<CompleteSessionResponse>(new CompleteSessionResponse { Advice = new RecoveryAdvice { ProteinGrams = 32 } }, null));
}
