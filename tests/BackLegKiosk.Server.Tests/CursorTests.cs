using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Tests.Stores;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackLegKiosk.Server.Tests;

/// <summary>
/// A cursor never skips a fact: with two server replicas writing one session at once, a fact given a
/// lower sequence number must never become visible after a higher one a reader has already passed.
/// </summary>
public sealed class CursorTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const int Writers = 8;
    private const int PushesPerWriter = 30;

    [Fact(SkipUnless = nameof(TestStore.IsPostgres), SkipType = typeof(TestStore), Skip = "Replicas share a store only on PostgreSQL; SQLite is one server's file, written by one process.")]
    public async Task EightWritersOnTwoReplicas_APullerAndAWatcherSeeEveryFactOnceInOrder()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var replica2 = server.WithWebHostBuilder(_ => { });
        using var channel2 = Channel(replica2);
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        var replicas = new[] { server.SyncApi, new SyncService.SyncServiceClient(channel2) };
        var exercises = plan.Supersets.SelectMany(s => new[] { s.First, s.Second }).ToList();

        // The readers run from before the first write until they hold as many facts as were written, or
        // until the test runs out of patience, which then fails below naming what they missed.
        var total = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var puller = Task.Run(() => PullAsync(replicas[0], plan.SessionId, headers, total.Task, patience.Token), cancel);
        var watcher = Task.Run(() => WatchAsync(replicas[1], plan.SessionId, headers, total.Task, patience.Token), cancel);

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var pushed = new List<string>();
            for (var push = 0; push < PushesPerWriter; push++)
            {
                var facts = Enumerable.Range(0, 2).Select(i => server.SetFact(plan, exercises[(w + i) % exercises.Count], 1 + ((push * 2) + i) % 50)).ToList();
                var answer = await replicas[w % 2].PushFactsAsync(new PushFactsRequest { Facts = { facts } }, headers, cancellationToken: cancel);
                Assert.All(answer.Results, r => Assert.True(r.Sequence > 0, $"{r.FactId}: {r.Outcome} {r.Field} {r.Reason}"));
                pushed.AddRange(facts.Select(f => f.FactId));
            }

            return pushed;
        }, cancel)).ToList();
        var written = (await Task.WhenAll(writers)).SelectMany(p => p).ToHashSet();
        total.SetResult(written.Count);
        patience.CancelAfter(TimeSpan.FromSeconds(30));
        var pulled = await puller;
        var watched = await watcher;

        foreach (var (reader, seen) in new[] { ("puller", pulled), ("watcher", watched) })
        {
            Assert.True(seen.Zip(seen.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence), $"the {reader} saw sequences out of order");
            Assert.True(seen.Count == seen.Select(s => s.Fact.FactId).Distinct().Count(), $"the {reader} saw a fact twice");
            var missed = written.Except(seen.Select(s => s.Fact.FactId)).Count();
            Assert.True(missed == 0, $"the {reader} never saw {missed} of {written.Count} facts: its cursor passed them before they were visible");
        }
    }

    private static bool HasAll(List<StoredFact> seen, Task<int> total) => total.IsCompleted && seen.Count >= total.Result;

    private static async Task<List<StoredFact>> PullAsync(SyncService.SyncServiceClient sync, string sessionId, Metadata headers, Task<int> total, CancellationToken stop)
    {
        var seen = new List<StoredFact>();
        var cursor = 0L;
        while (!stop.IsCancellationRequested && !HasAll(seen, total))
        {
            var page = await sync.PullFactsAsync(new PullFactsRequest { SessionId = sessionId, AfterSequence = cursor, MaxFacts = 7 }, headers, cancellationToken: CancellationToken.None);
            seen.AddRange(page.Facts);
            cursor = page.LastSequence;
        }

        return seen;
    }

    private static async Task<List<StoredFact>> WatchAsync(SyncService.SyncServiceClient sync, string sessionId, Metadata headers, Task<int> total, CancellationToken stop)
    {
        var seen = new List<StoredFact>();
        using var watch = sync.WatchSession(new WatchSessionRequest { SessionId = sessionId }, headers, cancellationToken: stop);
        try
        {
            while (!HasAll(seen, total) && await watch.ResponseStream.MoveNext(stop))
            {
                seen.Add(watch.ResponseStream.Current);
            }
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled)
        {
            // Out of patience: what was seen is judged below.
        }

        return seen;
    }

    private static GrpcChannel Channel(WebApplicationFactory<Program> replica) =>
        GrpcChannel.ForAddress(replica.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = replica.Server.CreateHandler() });
}
