using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Domain.Floor;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Server.Tests;

/// <summary>A server whose gym has one squat rack.</summary>
public sealed class OneRackFixture : ServerFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["BackLeg:Stations:squat-rack"] = "1" };
}

/// <summary>A server whose gym has one lifting platform.</summary>
public sealed class OnePlatformFixture : ServerFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["BackLeg:Stations:platform"] = "1" };

    /// <summary>
    /// A back-priority member plans on kiosk 1 while another's session on kiosk 2 holds the platform; the
    /// member's check-in, their plan, the holder's, and the holder finishing, which frees the platform.
    /// </summary>
    public async Task<(Metadata Headers, SessionPlan Plan, SessionPlan HolderPlan, Func<Task> FreeThePlatform)> PlanAroundTheHeldPlatformAsync(string name)
    {
        var holder = await EnrollAsync(goal: TrainingGoal.BackPriority, name: $"{name}'s Holder");
        var member = await EnrollAsync(goal: TrainingGoal.BackPriority, name: name);
        var (holderCheckIn, holderPlan) = await CheckInAndPlanAsync(holder, KioskKey2);
        var (checkIn, plan) = await CheckInAndPlanAsync(member);
        return (Kiosk(KioskKey1, checkIn.CheckinToken), plan, holderPlan, async () => await KioskApi.CompleteSessionAsync(
            new CompleteSessionRequest { SessionId = holderPlan.SessionId, FactId = Guid.NewGuid().ToString() },
            Kiosk(KioskKey2, holderCheckIn.CheckinToken)));
    }
}

/// <summary>The floor as the planner sees it: the stations that sessions in progress hold.</summary>
public class FloorTests(OneRackFixture server) : IClassFixture<OneRackFixture>
{
    [Fact]
    public async Task ASessionOnTheOnlySquatRack_MakesTheNextPlanOpenWithAnEquivalent_SaysWhy_AndTheRackFreesWhenItEnds()
    {
        var first = await server.EnrollAsync(name: "Floor One");
        var second = await server.EnrollAsync(name: "Floor Two");
        var third = await server.EnrollAsync(name: "Floor Three");

        var (firstCheckIn, firstPlan) = await server.CheckInAndPlanAsync(first);
        var (_, secondPlan) = await server.CheckInAndPlanAsync(second);
        var use = await UseAsync();
        await server.KioskApi.CompleteSessionAsync(new CompleteSessionRequest { SessionId = firstPlan.SessionId, FactId = Guid.NewGuid().ToString() }, ServerFixture.Kiosk(server.KioskKey1, firstCheckIn.CheckinToken));
        var (_, thirdPlan) = await server.CheckInAndPlanAsync(third);

        Assert.Equal("back-squat", firstPlan.Supersets[0].First.ExerciseId);
        Assert.Equal("hack-squat", secondPlan.Supersets[0].First.ExerciseId);
        var note = Assert.Single(secondPlan.RulesApplied, n => n.RuleId == "FLOOR");
        Assert.Equal("Squat racks busy: Hack squat opens, Back squat later if one frees.", note.Text);
        Assert.Equal("Floor.OpensLater", note.Kind);
        Assert.Equal([("squat-rack", 1, "Floor One")], use.Select(u => (u.Station, u.Count, string.Join(", ", u.HeldBy))));
        Assert.Equal("back-squat", thirdPlan.Supersets[0].First.ExerciseId);
    }

    private async Task<IReadOnlyList<StationUse>> UseAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FloorDesk>().UseAsync(TestContext.Current.CancellationToken);
    }
}

/// <summary>
/// A station frees mid-session: the lift it kept from opening comes back at the next superset boundary. The
/// sessions each test leaves open hold no declared station (superset A or C), so the tests share a server.
/// </summary>
public class FreedStationTests(OnePlatformFixture server) : IClassFixture<OnePlatformFixture>
{
    [Fact]
    public async Task ThePlatformFrees_TheDeadliftIsOfferedAtSupersetB_TakenOnce_AndTheStoredPlanFollows()
    {
        var (headers, plan, holderPlan, freeThePlatform) = await server.PlanAroundTheHeldPlatformAsync("Platform Waiter");
        var atB = new StationOfferRequest { SessionId = plan.SessionId, Superset = "B" };

        var whileHeld = await server.KioskApi.StationOfferAsync(atB, headers);
        await freeThePlatform();
        var offered = await server.KioskApi.StationOfferAsync(atB, headers);
        var beforeTaking = (await server.KioskApi.PlanSessionAsync(new PlanSessionRequest(), headers)).Plan;
        var takes = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                return (await server.KioskApi.TakeStationOfferAsync(atB, headers)).Plan;
            }
            catch (RpcException refused) when (refused.StatusCode == StatusCode.FailedPrecondition)
            {
                return null;
            }
        }));
        var stored = (await server.KioskApi.PlanSessionAsync(new PlanSessionRequest(), headers)).Plan;

        Assert.Equal("deadlift", holderPlan.Supersets[0].First.ExerciseId);
        Assert.Equal("deadlift", plan.DisplacedExerciseId);
        Assert.DoesNotContain(plan.Supersets, s => s.First.ExerciseId == "deadlift");
        Assert.Null(whileHeld.Offer);
        Assert.Equal("Floor.PutBack", offered.Offer.Kind);
        Assert.StartsWith("Platforms free again: Conventional deadlift back in at superset B;", offered.Offer.Text, StringComparison.Ordinal);
        Assert.Equal(plan, beforeTaking);
        var taken = Assert.Single(takes, t => t is not null);
        Assert.Equal(offered.Plan, taken);
        Assert.Equal(taken, stored);
        Assert.Equal(("B1", "deadlift"), (stored.Supersets[1].First.Slot, stored.Supersets[1].First.ExerciseId));
        Assert.Equal(plan.Supersets[0], stored.Supersets[0]);
        Assert.Null((await server.KioskApi.StationOfferAsync(atB, headers)).Offer);
    }

    [Fact]
    public async Task AStationOffer_NamesTheSupersetItIsFor_AndRefusesAnythingElse()
    {
        var member = await server.EnrollAsync(name: "Floor Four");
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);

        var wrong = await Assert.ThrowsAsync<RpcException>(() => server.KioskApi.StationOfferAsync(new StationOfferRequest { SessionId = plan.SessionId, Superset = "b1" }, headers).ResponseAsync);
        var none = await Assert.ThrowsAsync<RpcException>(() => server.KioskApi.StationOfferAsync(new StationOfferRequest { SessionId = plan.SessionId, Superset = "Z" }, headers).ResponseAsync);
        var nothing = await server.KioskApi.StationOfferAsync(new StationOfferRequest { SessionId = plan.SessionId, Superset = "B" }, headers);

        Assert.Equal((StatusCode.InvalidArgument, "superset"), (wrong.StatusCode, wrong.Trailers.GetValue("invalid-field")));
        Assert.Equal((StatusCode.InvalidArgument, "superset"), (none.StatusCode, none.Trailers.GetValue("invalid-field")));
        Assert.Null(nothing.Offer);
    }

    [Fact]
    public async Task OnceALaterSupersetHasBegun_NoOfferIsMade_AndTakingOneIsRefused()
    {
        var (headers, plan, _, freeThePlatform) = await server.PlanAroundTheHeldPlatformAsync("Platform Starter");
        await freeThePlatform();
        await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { server.SetFact(plan, plan.Supersets[2].Second, 1) } }, headers);
        var atB = new StationOfferRequest { SessionId = plan.SessionId, Superset = "B" };

        var offer = await server.KioskApi.StationOfferAsync(atB, headers);
        var take = await Assert.ThrowsAsync<RpcException>(() => server.KioskApi.TakeStationOfferAsync(atB, headers).ResponseAsync);

        Assert.Null(offer.Offer);
        Assert.Equal(StatusCode.FailedPrecondition, take.StatusCode);
        Assert.Contains("Superset B or a later one has begun", take.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(plan, (await server.KioskApi.PlanSessionAsync(new PlanSessionRequest(), headers)).Plan);
    }
}
