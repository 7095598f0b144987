using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Server.Tests;

public class IdempotencyTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Push_ReplayedBatch_StoresNothingNewAndReportsDuplicates()
    {
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        var batch = new PushFactsRequest { Facts = { Enumerable.Range(1, 5).Select(n => server.SetFact(plan, plan.Supersets[0].First, n)) } };

        var first = await server.SyncApi.PushFactsAsync(batch, headers);
        var before = await CountFactsAsync(plan.SessionId);
        var replay = await server.SyncApi.PushFactsAsync(batch, headers);

        Assert.All(first.Results, r => Assert.Equal(FactOutcome.Accepted, r.Outcome));
        Assert.All(replay.Results, r => Assert.Equal(FactOutcome.Duplicate, r.Outcome));
        Assert.Equal(first.Results.Select(r => r.Sequence), replay.Results.Select(r => r.Sequence));
        Assert.Equal(before, await CountFactsAsync(plan.SessionId));
        Assert.Equal(5, before);
    }

    [Fact]
    public async Task Push_SameIdTwiceInOneBatch_StoredOnce()
    {
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var fact = server.SetFact(plan, plan.Supersets[0].First, 1);

        var results = (await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { fact, fact } }, ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken))).Results;

        Assert.Equal([FactOutcome.Accepted, FactOutcome.Duplicate], results.Select(r => r.Outcome));
        Assert.Equal(results[0].Sequence, results[1].Sequence);
        Assert.Equal(1, await CountFactsAsync(plan.SessionId));
    }

    [Fact]
    public async Task Push_TwoDevicesConcurrentlyPushTheSameFacts_EachStoredOnce()
    {
        var member = await server.EnrollAsync();
        var (first, plan) = await server.CheckInAndPlanAsync(member);
        var second = await server.CheckInAsync(member, server.KioskKey2);
        var facts = Enumerable.Range(1, 40).Select(n => server.SetFact(plan, plan.Supersets[n % 4].First, n)).ToList();

        var pushes = Enumerable.Range(0, 8).Select(i =>
        {
            var (key, token) = i % 2 == 0 ? (server.KioskKey1, first.CheckinToken) : (server.KioskKey2, second.CheckinToken);
            var batch = new PushFactsRequest { Facts = { i % 3 == 0 ? facts.AsEnumerable().Reverse() : facts } };
            return server.SyncApi.PushFactsAsync(batch, ServerFixture.Kiosk(key, token)).ResponseAsync;
        });
        var responses = await Task.WhenAll(pushes);

        Assert.Equal(40, await CountFactsAsync(plan.SessionId));
        Assert.Equal(40, responses.Sum(r => r.Results.Count(x => x.Outcome == FactOutcome.Accepted)));
        var sequences = responses.SelectMany(r => r.Results).GroupBy(r => r.FactId).Select(g => g.Select(x => x.Sequence).Distinct().Count());
        Assert.All(sequences, count => Assert.Equal(1, count));
    }

    private async Task<int> CountFactsAsync(string sessionId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackLegDbContext>();
        var id = Guid.Parse(sessionId);
        return await db.Facts.CountAsync(f => f.SessionId == id);
    }
}
