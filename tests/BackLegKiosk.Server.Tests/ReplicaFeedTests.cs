using System.Diagnostics;
using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain.Facts;
using BackLegKiosk.Tests.Stores;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Server.Tests;

/// <summary>
/// Two replicas on one PostgreSQL: a set pushed through one reaches a watcher on the other through
/// LISTEN/NOTIFY, and still does, by polling, while the listening connection is cut. Each arrival must
/// beat the watch stream's own re-read (<see cref="FactReader.WatchPoll"/>), or it did not come by the relay.
/// </summary>
public sealed class ReplicaFeedTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly TimeSpan BeforeTheWatchPolls = FactReader.WatchPoll / 2;

    [Fact(SkipUnless = nameof(TestStore.IsPostgres), SkipType = typeof(TestStore), Skip = "Replicas share a store only on PostgreSQL.")]
    public async Task ASetPushedThroughOneReplica_ReachesWatchersOnTheOther_AlsoWhileItsListenerIsCut()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var replica2 = server.WithWebHostBuilder(_ => { });
        using var channel2 = GrpcChannel.ForAddress(replica2.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = replica2.Server.CreateHandler() });
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        await ListenersAsync(2, cancel);

        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var watch = new SyncService.SyncServiceClient(channel2).WatchSession(new WatchSessionRequest { SessionId = plan.SessionId }, headers, cancellationToken: watching.Token);
        using var staffWatch = new StaffService.StaffServiceClient(channel2).WatchActiveSessions(new WatchActiveSessionsRequest(), server.Staff, cancellationToken: watching.Token);
        Assert.True(await staffWatch.ResponseStream.MoveNext(cancel));

        await PushAndSeeAsync(plan, plan.Supersets[0].First, 1, 1, headers, watch, staffWatch, cancel);

        await CutListenersAsync(cancel);
        await PushAndSeeAsync(plan, plan.Supersets[0].Second, 1, 2, headers, watch, staffWatch, cancel);

        // Both replicas listen again by themselves.
        await ListenersAsync(2, cancel);
        await PushAndSeeAsync(plan, plan.Supersets[0].First, 2, 3, headers, watch, staffWatch, cancel);
        await watching.CancelAsync();
    }

    private async Task PushAndSeeAsync(SessionPlan plan, PlannedExercise exercise, int setNumber, int expectedSets, Metadata headers, AsyncServerStreamingCall<StoredFact> watch, AsyncServerStreamingCall<ActiveSessionsSnapshot> staffWatch, CancellationToken cancel)
    {
        var fact = server.SetFact(plan, exercise, setNumber);
        var started = Stopwatch.StartNew();
        await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { fact } }, headers, cancellationToken: cancel);

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        patience.CancelAfter(BeforeTheWatchPolls);
        Assert.True(await watch.ResponseStream.MoveNext(patience.Token));
        Assert.Equal(fact.FactId, watch.ResponseStream.Current.Fact.FactId);
        TestContext.Current.TestOutputHelper?.WriteLine($"set {expectedSets}: on the other replica's watch after {started.Elapsed.TotalMilliseconds:0} ms");

        // The staff view (what the Today page shows) counts the set on the other replica too.
        var sets = 0;
        while (sets < expectedSets && await staffWatch.ResponseStream.MoveNext(patience.Token))
        {
            sets = staffWatch.ResponseStream.Current.Sessions.Where(s => s.SessionId == plan.SessionId).Sum(s => s.SetsLogged);
        }

        Assert.True(started.Elapsed < BeforeTheWatchPolls, $"took {started.Elapsed}");
    }

    /// <summary>Ends every listening connection on this test's database, as a failover or a network cut would.</summary>
    private async Task CutListenersAsync(CancellationToken cancel)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<BackLegDbContext>>().CreateDbContextAsync(cancel);
        var cut = await db.Database.SqlQuery<bool>($"SELECT pg_terminate_backend(pid) AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE {PostgresChangeRelay.ListenerName + "-%"}").ToListAsync(cancel);
        Assert.Equal(2, cut.Count(c => c));
    }

    private async Task ListenersAsync(int expected, CancellationToken cancel)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<BackLegDbContext>>().CreateDbContextAsync(cancel);
        var waited = Stopwatch.StartNew();
        int listening;
        while ((listening = await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE {PostgresChangeRelay.ListenerName + "-%"} AND query LIKE 'LISTEN%'").SingleAsync(cancel)) < expected)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), $"{listening} of {expected} replicas listen");
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancel);
        }
    }
}
