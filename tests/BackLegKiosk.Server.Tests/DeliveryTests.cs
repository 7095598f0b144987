using BackLegKiosk.Contracts.V1;
using Grpc.Core;

namespace BackLegKiosk.Server.Tests;

/// <summary>
/// What a kiosk recorded under a check-in is delivered by that kiosk long after the check-in ended;
/// another kiosk cannot, and one set is counted once whichever kiosks log it.
/// </summary>
public class DeliveryTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData(0)]
    [InlineData(24)]
    [InlineData(6 * 24)]
    public async Task PushAfterCheckOut_FromTheKioskThatRecordedIt_IsStoredAndCounted(int hoursLater)
    {
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        var set = server.SetFact(plan, plan.Supersets[0].First, 1);
        await server.KioskApi.CheckOutAsync(new CheckOutRequest(), headers);
        server.Clock.Advance(TimeSpan.FromHours(hoursLater));

        var result = Assert.Single((await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { set } }, headers)).Results);

        Assert.Equal(FactOutcome.Accepted, result.Outcome);
        var again = await server.CheckInAsync(member);
        var pulled = await server.SyncApi.PullFactsAsync(new PullFactsRequest { SessionId = plan.SessionId }, ServerFixture.Kiosk(server.KioskKey1, again.CheckinToken));
        Assert.Contains(pulled.Facts, f => f.Fact.FactId == set.FactId);
        var history = await server.StaffApi.GetMemberHistoryAsync(new MemberHistoryRequest { MemberId = member.MemberId }, server.Staff);
        Assert.Equal(1, history.Sessions.Single(s => s.SessionId == plan.SessionId).LegsSets);
    }

    [Fact]
    public async Task PushAfterCheckOut_WhileTheTokenStillGatesNothingElse_PlanAndPullAreRefused()
    {
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        await server.KioskApi.CheckOutAsync(new CheckOutRequest(), headers);

        var plan2 = await Assert.ThrowsAsync<RpcException>(() => server.KioskApi.PlanSessionAsync(new PlanSessionRequest(), headers).ResponseAsync);
        var pull = await Assert.ThrowsAsync<RpcException>(() => server.SyncApi.PullFactsAsync(new PullFactsRequest { SessionId = plan.SessionId }, headers).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, plan2.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, pull.StatusCode);
    }

    [Fact]
    public async Task PushAfterCheckOut_FromAnotherKiosksKey_IsRefused()
    {
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        await server.KioskApi.CheckOutAsync(new CheckOutRequest(), ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken));

        var refused = await Assert.ThrowsAsync<RpcException>(() => server.SyncApi.PushFactsAsync(
            new PushFactsRequest { Facts = { server.SetFact(plan, plan.Supersets[0].First, 1) } },
            ServerFixture.Kiosk(server.KioskKey2, checkIn.CheckinToken)).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.Contains("this kiosk", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushPastTheDeliveryWindow_IsRefusedNamingTheSetting()
    {
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        var set = server.SetFact(plan, plan.Supersets[0].First, 1);
        await server.KioskApi.CheckOutAsync(new CheckOutRequest(), headers);
        server.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        var refused = await Assert.ThrowsAsync<RpcException>(() => server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { set } }, headers).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.Contains("BackLeg:DeliveryDays", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameSetFromTwoKiosks_SettlesAsACorrection_CountedOnce_TheLaterOneWins()
    {
        var member = await server.EnrollAsync();
        var (first, plan) = await server.CheckInAndPlanAsync(member);
        var second = await server.CheckInAsync(member, server.KioskKey2);
        var a1 = plan.Supersets[0].First;
        var early = server.SetFact(plan, a1, 1, load: 100);
        server.Clock.Advance(TimeSpan.FromSeconds(5));
        var late = server.SetFact(plan, a1, 1, load: 110);

        // The later set arrives first: the outcome depends on when each happened, not on arrival.
        var lateResult = Assert.Single((await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { late } }, ServerFixture.Kiosk(server.KioskKey2, second.CheckinToken))).Results);
        var earlyResult = Assert.Single((await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { early } }, ServerFixture.Kiosk(server.KioskKey1, first.CheckinToken))).Results);

        Assert.Equal(FactOutcome.Accepted, lateResult.Outcome);
        Assert.Equal(FactOutcome.SettledAsCorrection, earlyResult.Outcome);
        Assert.Equal(late.FactId, earlyResult.SameSetAs);
        var history = await server.StaffApi.GetMemberHistoryAsync(new MemberHistoryRequest { MemberId = member.MemberId }, server.Staff);
        Assert.Equal(1, history.Sessions.Single(s => s.SessionId == plan.SessionId).LegsSets);
        Assert.Equal(110, history.Exercises.Single(e => e.ExerciseId == a1.ExerciseId).BestLoadKg);
    }

    [Fact]
    public async Task PlanSession_TwentyAtOnce_OpenOneSession()
    {
        var member = await server.EnrollAsync();
        var checkIns = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => server.CheckInAsync(member, i % 2 == 0 ? server.KioskKey1 : server.KioskKey2)));

        var plans = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
        {
            var key = i % 4 % 2 == 0 ? server.KioskKey1 : server.KioskKey2;
            return server.KioskApi.PlanSessionAsync(new PlanSessionRequest(), ServerFixture.Kiosk(key, checkIns[i % 4].CheckinToken)).ResponseAsync;
        }));

        Assert.Single(plans.Select(p => p.Plan.SessionId).Distinct());
        Assert.Single(plans, p => !p.Resumed);
    }
}
