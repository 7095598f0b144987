using BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>A server asked to stop while a kiosk's push is in flight finishes that push first.</summary>
public sealed class ServerShutdownTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await LoopbackServer.StartAsync();

    [Fact]
    public async Task Stop_DuringAPush_ThePushCompletesAndIsStored()
    {
        var (key, code) = await _server.ProvisionAsync("Kiosk 1", "6161");
        using var channel = _server.Channel();
        var kiosk = new KioskService.KioskServiceClient(channel);
        var checkIn = await kiosk.CheckInAsync(new CheckInRequest { MemberCode = code, Pin = "2468", SleepHours = 8 }, new Grpc.Core.Metadata { { "x-device-key", key } });
        var headers = LoopbackServer.Headers(key, checkIn.CheckinToken);
        var plan = (await kiosk.PlanSessionAsync(new PlanSessionRequest(), headers)).Plan;
        var batch = new PushFactsRequest { Facts = { Enumerable.Range(1, 500).Select(n => OutboxTests.NewFact(plan.SessionId, setNumber: ((n - 1) % 50) + 1)) } };

        var inFlight = _server.RequestInFlightAsync(TestContext.Current.CancellationToken);
        var push = new SyncService.SyncServiceClient(channel).PushFactsAsync(batch, headers).ResponseAsync;
        await inFlight;
        await _server.StopAsync();
        var response = await push;

        // Set numbers repeat past 50, so most settle as corrections of an earlier one: stored all the same.
        Assert.All(response.Results, r => Assert.Contains(r.Outcome, new[] { FactOutcome.Accepted, FactOutcome.SettledAsCorrection }));
        await _server.StartAgainAsync();
        using var again = _server.Channel();
        var stored = await new SyncService.SyncServiceClient(again).PullFactsAsync(new PullFactsRequest { SessionId = plan.SessionId, MaxFacts = 1000 }, headers);
        Assert.Equal(500, stored.Facts.Count);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();
}
