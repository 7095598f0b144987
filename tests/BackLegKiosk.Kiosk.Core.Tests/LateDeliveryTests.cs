using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Domain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>
/// A kiosk that was offline for a day, its members long signed out, against the real server whose clock
/// the test moves: everything it recorded arrives, in batches as small as the server asks for.
/// </summary>
public sealed class LateDeliveryTests : IAsyncLifetime
{
    private static readonly SyncAgentOptions Fast = new() { FirstRetry = TimeSpan.FromMilliseconds(100), MaxRetry = TimeSpan.FromMilliseconds(400), HeartbeatInterval = TimeSpan.FromMilliseconds(300) };
    private readonly string _outboxPath = Path.Combine(Path.GetTempPath(), "backleg-kiosk-tests", $"{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _serverClock = new(TimeProvider.System.GetUtcNow());
    private readonly Dictionary<string, string?> _settings = new() { ["BackLeg:MaxBatch"] = "7" };
    private LoopbackServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await LoopbackServer.StartAsync(builder =>
    {
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Services.AddSingleton<TimeProvider>(_serverClock);
    });

    [Fact]
    public async Task OfflineForADay_MembersSignedOut_EverySetArrivesThroughASmallBatchLimit()
    {
        var (key, code) = await _server.ProvisionAsync("Kiosk 1", "5151");
        var (token, sessionId) = await CheckInAndPlanAsync(key, code);
        await _server.StopAsync();
        using var outbox = new Outbox(_outboxPath);
        using var channel = _server.Channel();
        await using var agent = new SyncAgent(outbox, new KioskTransport(channel, key, TimeProvider.System), TimeProvider.System, Fast);
        agent.Start();
        var logged = new List<Fact>();
        for (var set = 1; set <= 20; set++)
        {
            logged.Add(OutboxTests.NewFact(sessionId, set));
            await outbox.AddAsync(logged[^1], token, TestContext.Current.CancellationToken);
        }

        // The member signs out while the server is away; their check-in expires long before it is back.
        await outbox.AddCheckOutAsync(token, TestContext.Current.CancellationToken);
        _serverClock.Advance(TimeSpan.FromDays(1));
        await _server.StartAgainAsync();
        agent.Nudge();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await agent.WhenDrainedAsync(timeout.Token);

        Assert.Equal(0, await outbox.RefusedCountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(7, agent.BatchSize);
        var (again, _) = await CheckInAndPlanAsync(key, code, plan: false);
        var stored = await new SyncService.SyncServiceClient(channel).PullFactsAsync(
            new PullFactsRequest { SessionId = sessionId }, LoopbackServer.Headers(key, again), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(logged.Select(f => f.FactId), stored.Facts.Select(f => f.Fact.FactId));
    }

    [Fact]
    public async Task PastTheDeliveryWindow_DeadLettersStaffSee_SentAgainOnceTheWindowIsWidened()
    {
        var (key, code) = await _server.ProvisionAsync("Kiosk 1", "5252");
        var (token, sessionId) = await CheckInAndPlanAsync(key, code);
        using var outbox = new Outbox(_outboxPath);
        var fact = OutboxTests.NewFact(sessionId);
        await outbox.AddAsync(fact, token, TestContext.Current.CancellationToken);
        await outbox.AddCheckOutAsync(token, TestContext.Current.CancellationToken);
        _serverClock.Advance(TimeSpan.FromDays(8));
        using var channel = _server.Channel();
        await using var agent = new SyncAgent(outbox, new KioskTransport(channel, key, TimeProvider.System), TimeProvider.System, Fast);
        agent.Start();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await agent.WhenDrainedAsync(timeout.Token);
        var refused = await WaitForKioskAsync(k => k.RefusedFacts == 1, timeout.Token);
        Assert.Contains("BackLeg:DeliveryDays", Assert.Single(refused.DeadLetters).Reason, StringComparison.Ordinal);

        // The operator widens the window and restarts; staff press "Send again".
        _settings["BackLeg:DeliveryDays"] = "30";
        await _server.StopAsync();
        await _server.StartAgainAsync();
        await using (var scope = _server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<KioskRegistry>().ResendDeadLettersAsync(refused.KioskId, timeout.Token);
        }

        var delivered = await WaitForKioskAsync(k => k.RefusedFacts == 0 && k.FactsReceived == 1 && !k.ResendPending, timeout.Token);
        Assert.Empty(delivered.DeadLetters);
        Assert.Equal(0, await outbox.PendingCountAsync(TestContext.Current.CancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_outboxPath)!, Path.GetFileName(_outboxPath) + "*"))
        {
            File.Delete(file);
        }
    }

    private async Task<(string Token, string SessionId)> CheckInAndPlanAsync(string key, string code, bool plan = true)
    {
        using var channel = _server.Channel();
        var api = new KioskService.KioskServiceClient(channel);
        var checkIn = await api.CheckInAsync(new CheckInRequest { MemberCode = code, Pin = "2468", SleepHours = 8 }, new Grpc.Core.Metadata { { Contracts.KioskHeaders.DeviceKey, key } });
        var session = plan ? (await api.PlanSessionAsync(new PlanSessionRequest(), LoopbackServer.Headers(key, checkIn.CheckinToken))).Plan.SessionId : string.Empty;
        return (checkIn.CheckinToken, session);
    }

    private async Task<Server.Domain.Staff.KioskStatus> WaitForKioskAsync(Func<Server.Domain.Staff.KioskStatus, bool> condition, CancellationToken cancellationToken)
    {
        while (true)
        {
            var status = await _server.KioskStatusAsync("Kiosk 1");
            if (condition(status))
            {
                return status;
            }

            await Task.Delay(50, cancellationToken);
        }
    }
}
