using BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>The sync agent against the real server on loopback, which the tests stop and restart.</summary>
public sealed class SyncAgentTests : IAsyncLifetime
{
    private static readonly SyncAgentOptions Fast = new() { FirstRetry = TimeSpan.FromMilliseconds(100), MaxRetry = TimeSpan.FromMilliseconds(400) };
    private readonly string _outboxFolder = Path.Combine(Path.GetTempPath(), "backleg-kiosk-tests", Guid.NewGuid().ToString("N"));
    private LoopbackServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await LoopbackServer.StartAsync();

    [Fact]
    public async Task ServerStoppedWhileLogging_EverySetArrivesOnceInOrder()
    {
        var kiosk = await CheckInAsync("Kiosk 1");
        using var channel = _server.Channel();
        using var outbox = new Outbox(Path.Combine(_outboxFolder, "kiosk1.db"));
        await using var agent = new SyncAgent(outbox, new KioskTransport(channel, kiosk.DeviceKey, TimeProvider.System), TimeProvider.System, Fast);
        agent.Start();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var logged = new List<Fact>();

        for (var set = 1; set <= 5; set++)
        {
            logged.Add(await LogAsync(outbox, kiosk, set));
        }

        await agent.WhenDrainedAsync(timeout.Token);

        // The server goes away in the middle of a stream of sets; some are logged while it stops, the rest once it is gone.
        var stopping = _server.StopAsync();
        for (var set = 6; set <= 10; set++)
        {
            logged.Add(await LogAsync(outbox, kiosk, set));
        }

        await stopping;
        for (var set = 11; set <= 15; set++)
        {
            logged.Add(await LogAsync(outbox, kiosk, set));
        }

        await WaitUntilAsync(() => agent.State == SyncState.Offline, timeout.Token);
        Assert.True(await outbox.PendingCountAsync() > 0);

        // While the server is away the screen shows how many sets wait.
        await WaitUntilAsync(() => agent.Pending > 0, timeout.Token);

        await _server.StartAgainAsync();
        agent.Nudge();
        await agent.WhenDrainedAsync(timeout.Token);

        var stored = await PullAsync(channel, kiosk);
        Assert.Equal(logged.Select(f => f.FactId), stored.Select(f => f.Fact.FactId));
        Assert.Equal(stored.Select(f => f.Sequence).Order(), stored.Select(f => f.Sequence));
        await WaitUntilAsync(() => agent.State == SyncState.Online, timeout.Token);
        Assert.Equal(0, agent.Pending);
    }

    [Fact]
    public async Task KioskRestartedWithAPendingOutbox_DrainsIt()
    {
        var kiosk = await CheckInAsync("Kiosk 1");
        var path = Path.Combine(_outboxFolder, "kiosk1.db");
        var logged = new List<Fact>();
        using (var beforeCrash = new Outbox(path))
        {
            for (var set = 1; set <= 4; set++)
            {
                logged.Add(await LogAsync(beforeCrash, kiosk, set));
            }
        }

        using var channel = _server.Channel();
        using var afterRestart = new Outbox(path);
        await using var agent = new SyncAgent(afterRestart, new KioskTransport(channel, kiosk.DeviceKey, TimeProvider.System), TimeProvider.System, Fast);
        agent.Start();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await agent.WhenDrainedAsync(timeout.Token);

        Assert.Equal(logged.Select(f => f.FactId), (await PullAsync(channel, kiosk)).Select(f => f.Fact.FactId));
    }

    [Fact]
    public async Task TwoKiosksOnOneSession_Converge()
    {
        var first = await CheckInAsync("Kiosk 1");
        var second = await CheckInAsync("Kiosk 2", first.MemberCode);
        Assert.Equal(first.SessionId, second.SessionId);
        using var channel = _server.Channel();
        using var outbox1 = new Outbox(Path.Combine(_outboxFolder, "kiosk1.db"));
        using var outbox2 = new Outbox(Path.Combine(_outboxFolder, "kiosk2.db"));
        await using var agent1 = new SyncAgent(outbox1, new KioskTransport(channel, first.DeviceKey, TimeProvider.System), TimeProvider.System, Fast);
        await using var agent2 = new SyncAgent(outbox2, new KioskTransport(channel, second.DeviceKey, TimeProvider.System), TimeProvider.System, Fast);
        agent1.Start();
        agent2.Start();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await LogAsync(outbox1, first, 1);
        await LogAsync(outbox1, first, 2);
        await agent1.WhenDrainedAsync(timeout.Token);
        await LogAsync(outbox2, second, 3);
        await agent2.WhenDrainedAsync(timeout.Token);

        var seenByFirst = await PullAsync(channel, first);
        var seenBySecond = await PullAsync(channel, second);
        Assert.Equal(3, seenByFirst.Count);
        Assert.Equal(seenByFirst, seenBySecond);
        Assert.Equal([1, 2, 3], seenBySecond.Select(f => f.Fact.SetLogged.SetNumber));
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_outboxFolder))
        {
            Directory.Delete(_outboxFolder, recursive: true);
        }
    }

    [Fact]
    public async Task Drained_TheHeartbeatTellsTheServerTheOutboxIsEmpty()
    {
        var kiosk = await CheckInAsync("Kiosk 1");
        using var channel = _server.Channel();
        using var outbox = new Outbox(Path.Combine(_outboxFolder, "kiosk1.db"));
        for (var set = 1; set <= 3; set++)
        {
            await LogAsync(outbox, kiosk, set);
        }

        await using var agent = new SyncAgent(outbox, new KioskTransport(channel, kiosk.DeviceKey, TimeProvider.System), TimeProvider.System, Fast);
        agent.Start();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await agent.WhenDrainedAsync(timeout.Token);

        var status = await _server.KioskStatusAsync("Kiosk 1");
        while (status.LastHeartbeatAt is null)
        {
            await Task.Delay(50, timeout.Token);
            status = await _server.KioskStatusAsync("Kiosk 1");
        }

        Assert.Equal((0, 0, 3L), (status.PendingFacts, status.RefusedFacts, status.FactsReceived));
    }

    [Fact]
    public async Task OutboxStorageFails_TheAgentShowsIt_TellsStaff_AndCarriesOnWhenItWorksAgain()
    {
        var kiosk = await CheckInAsync("Kiosk 1");
        var path = Path.Combine(_outboxFolder, "kiosk1.db");
        using var channel = _server.Channel();
        using var outbox = new Outbox(path);
        var logged = new[] { await LogAsync(outbox, kiosk, 1), await LogAsync(outbox, kiosk, 2) };

        // Another hand on the file takes the table away, as a damaged file would.
        using var vandal = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        vandal.Open();
        Execute(vandal, "ALTER TABLE outbox RENAME TO outbox_away");
        await using var agent = new SyncAgent(outbox, new KioskTransport(channel, kiosk.DeviceKey, TimeProvider.System), TimeProvider.System, Fast);
        agent.Start();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await WaitUntilAsync(() => agent.StorageProblem is not null, timeout.Token);
        var status = await _server.KioskStatusAsync("Kiosk 1");
        while (string.IsNullOrEmpty(status.StorageProblem))
        {
            await Task.Delay(50, timeout.Token);
            status = await _server.KioskStatusAsync("Kiosk 1");
        }

        Execute(vandal, "ALTER TABLE outbox_away RENAME TO outbox");
        await agent.WhenDrainedAsync(timeout.Token);
        await WaitUntilAsync(() => agent.StorageProblem is null, timeout.Token);

        Assert.Contains("outbox", status.StorageProblem, StringComparison.Ordinal);
        Assert.Equal(logged.Select(f => f.FactId), (await PullAsync(channel, kiosk)).Select(f => f.Fact.FactId));
    }

    private static void Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed record CheckedIn(string DeviceKey, string Token, string MemberCode, string SessionId);

    private async Task<CheckedIn> CheckInAsync(string kioskName, string memberCode = "4242")
    {
        var (key, code) = await _server.ProvisionAsync(kioskName, memberCode);
        using var channel = _server.Channel();
        var api = new KioskService.KioskServiceClient(channel);
        var checkIn = await api.CheckInAsync(new CheckInRequest { MemberCode = code, Pin = "2468", SleepHours = 8 }, new Grpc.Core.Metadata { { "x-device-key", key } });
        var plan = await api.PlanSessionAsync(new PlanSessionRequest(), LoopbackServer.Headers(key, checkIn.CheckinToken));
        return new CheckedIn(key, checkIn.CheckinToken, code, plan.Plan.SessionId);
    }

    private static async Task<Fact> LogAsync(Outbox outbox, CheckedIn kiosk, int setNumber)
    {
        var fact = OutboxTests.NewFact(kiosk.SessionId);
        fact.SetLogged.SetNumber = setNumber;
        await outbox.AddAsync(fact, kiosk.Token);
        return fact;
    }

    private static async Task<List<StoredFact>> PullAsync(Grpc.Net.Client.GrpcChannel channel, CheckedIn kiosk)
    {
        var response = await new SyncService.SyncServiceClient(channel).PullFactsAsync(
            new PullFactsRequest { SessionId = kiosk.SessionId }, LoopbackServer.Headers(kiosk.DeviceKey, kiosk.Token));
        return [.. response.Facts];
    }

    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (!condition())
        {
            await Task.Delay(20, cancellationToken);
        }
    }
}
