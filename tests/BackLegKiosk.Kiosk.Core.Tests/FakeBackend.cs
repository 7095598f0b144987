using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Training.Planning;
using Grpc.Core;
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

    public RpcException? CheckInFailure { get; set; }

    public List<StoredFact> Remote { get; } = [];

    public bool Resumed { get; set; }

    public Task<CheckInResponse> CheckInAsync(string memberCode, string pin, double sleepHours, CancellationToken cancellationToken) =>
        CheckInFailure is { } failure
            ? Task.FromException<CheckInResponse>(failure)
            : Task.FromResult(new CheckInResponse
            {
                CheckinToken = "token",
                MemberName = "Alex Rivera",
                Readiness = new Contracts.V1.Readiness { Status = Contracts.V1.ReadinessStatus.Go },
                OpenSessionId = Resumed ? Plan.SessionId : string.Empty,
            });

    public Task<PlanSessionResponse> PlanAsync(string checkInToken, BodyRegion focus, CancellationToken cancellationToken) =>
        Task.FromResult(new PlanSessionResponse { Plan = Plan, Resumed = Resumed });

    public Task<IReadOnlyList<StoredFact>> PullAsync(string checkInToken, string sessionId, long afterSequence, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredFact>>(Remote);

    public async IAsyncEnumerable<StoredFact> WatchAsync(string checkInToken, string sessionId, long afterSequence, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Nothing new arrives from other kiosks in these tests; the stream stays open until cancelled.
        await Task.Delay(Timeout.Infinite, cancellationToken);
        yield break;
    }

    public Task<CompleteSessionResponse> CompleteAsync(string checkInToken, CompleteSessionRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new CompleteSessionResponse { Advice = new RecoveryAdvice { ProteinGrams = 32 } });
}
