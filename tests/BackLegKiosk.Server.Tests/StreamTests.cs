using BackLegKiosk.Contracts.V1;
using Grpc.Net.Client;

namespace BackLegKiosk.Server.Tests;

public class StreamTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Pull_AfterCursorN_ReturnsExactlyTheFactsAfterN()
    {
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        var facts = Enumerable.Range(1, 10).Select(n => server.SetFact(plan, plan.Supersets[0].First, n)).ToList();
        var sequences = (await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { facts } }, headers)).Results.Select(r => r.Sequence).ToList();

        var after = await server.SyncApi.PullFactsAsync(new PullFactsRequest { SessionId = plan.SessionId, AfterSequence = sequences[3] }, headers);
        var paged = await server.SyncApi.PullFactsAsync(new PullFactsRequest { SessionId = plan.SessionId, AfterSequence = sequences[3], MaxFacts = 4 }, headers);
        var rest = await server.SyncApi.PullFactsAsync(new PullFactsRequest { SessionId = plan.SessionId, AfterSequence = paged.LastSequence, MaxFacts = 4 }, headers);

        Assert.Equal(sequences.Skip(4), after.Facts.Select(f => f.Sequence));
        Assert.Equal(facts.Skip(4).Select(f => f.FactId), after.Facts.Select(f => f.Fact.FactId));
        Assert.False(after.HasMore);
        Assert.True(paged.HasMore);
        Assert.Equal(sequences.Skip(4), paged.Facts.Concat(rest.Facts).Select(f => f.Sequence));
        Assert.Equal(facts[5].SetLogged, after.Facts[1].Fact.SetLogged);
    }

    [Fact]
    public async Task Watch_OnOneConnection_ReceivesAFactPushedByAnotherKiosk()
    {
        var member = await server.EnrollAsync();
        var (first, plan) = await server.CheckInAndPlanAsync(member, server.KioskKey1);
        var second = await server.CheckInAsync(member, server.KioskKey2);
        var early = server.SetFact(plan, plan.Supersets[0].First, 1);
        await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { early } }, ServerFixture.Kiosk(server.KioskKey1, first.CheckinToken));

        using var watcherChannel = GrpcChannel.ForAddress(server.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = server.Server.CreateHandler() });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var watch = new SyncService.SyncServiceClient(watcherChannel).WatchSession(
            new WatchSessionRequest { SessionId = plan.SessionId }, ServerFixture.Kiosk(server.KioskKey2, second.CheckinToken), cancellationToken: timeout.Token);

        Assert.True(await watch.ResponseStream.MoveNext(timeout.Token));
        Assert.Equal(early.FactId, watch.ResponseStream.Current.Fact.FactId);

        var late = server.SetFact(plan, plan.Supersets[0].Second, 1);
        await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { late } }, ServerFixture.Kiosk(server.KioskKey1, first.CheckinToken));

        Assert.True(await watch.ResponseStream.MoveNext(timeout.Token));
        Assert.Equal(late.FactId, watch.ResponseStream.Current.Fact.FactId);
        Assert.True(watch.ResponseStream.Current.Sequence > 0);
    }

    [Fact]
    public async Task WatchActiveSessions_SeesALoggedSet()
    {
        var member = await server.EnrollAsync(name: "Live Member");
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var watch = server.StaffApi.WatchActiveSessions(new WatchActiveSessionsRequest(), server.Staff, cancellationToken: timeout.Token);

        Assert.True(await watch.ResponseStream.MoveNext(timeout.Token));
        var before = watch.ResponseStream.Current.Sessions.Single(s => s.SessionId == plan.SessionId);
        Assert.Equal(0, before.SetsLogged);

        await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { server.SetFact(plan, plan.Supersets[1].First, 1) } }, ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken));

        ActiveSession? after = null;
        while (after is not { SetsLogged: 1 } && await watch.ResponseStream.MoveNext(timeout.Token))
        {
            after = watch.ResponseStream.Current.Sessions.Single(s => s.SessionId == plan.SessionId);
        }

        Assert.Equal("B", after!.CurrentSuperset);
        Assert.Equal("Live Member", after.MemberName);
        Assert.Equal("Kiosk 1", after.KioskName);
    }
}
