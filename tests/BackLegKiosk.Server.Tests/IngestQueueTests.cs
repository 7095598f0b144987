using BackLegKiosk.Contracts.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace BackLegKiosk.Server.Tests;

/// <summary>A flood of pushes while the store is held: the queue stays bounded, the excess is told to wait, and nothing is lost.</summary>
public sealed class IngestQueueTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task PushesBeyondTheQueue_WaitWithRetryAfter_AndEveryFactIsStoredOnceWhenSentAgain()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var small = server.WithWebHostBuilder(b => b.UseSetting("BackLeg:IngestQueue", "1"));
        using var channel = GrpcChannel.ForAddress(small.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = small.Server.CreateHandler() });
        var sync = new SyncService.SyncServiceClient(channel);
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        var facts = Enumerable.Range(1, 5).Select(n => server.SetFact(plan, plan.Supersets[0].First, n)).ToList();

        // Another writer holds the database, so the writer's first group waits on it and the queue fills.
        var holder = await server.HoldWritesAsync();

        var pushes = facts.Select(f => sync.PushFactsAsync(new PushFactsRequest { Facts = { f } }, headers, cancellationToken: cancel).ResponseAsync).ToList();
        while (pushes.Count(p => p.IsCompleted) < 3)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), cancel);
        }

        await holder.DisposeAsync();

        var refused = new List<Fact>();
        for (var i = 0; i < pushes.Count; i++)
        {
            try
            {
                Assert.Equal(FactOutcome.Accepted, (await pushes[i]).Results.Single().Outcome);
            }
            catch (RpcException busy) when (busy.StatusCode == StatusCode.ResourceExhausted)
            {
                Assert.Equal("2", busy.Trailers.GetValue(Contracts.CallTrailers.RetryAfter));
                refused.Add(facts[i]);
            }
        }

        var again = await sync.PushFactsAsync(new PushFactsRequest { Facts = { refused } }, headers, cancellationToken: cancel);
        var stored = await sync.PullFactsAsync(new PullFactsRequest { SessionId = plan.SessionId }, headers, cancellationToken: cancel);

        Assert.InRange(refused.Count, 3, 4);
        Assert.All(again.Results, r => Assert.Equal(FactOutcome.Accepted, r.Outcome));
        Assert.Equal(facts.Select(f => f.FactId).Order(), stored.Facts.Select(f => f.Fact.FactId).Order());
    }
}
