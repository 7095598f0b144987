namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>The one place gRPC statuses become the screens' failures, against the real server on loopback.</summary>
public sealed class GrpcKioskBackendTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await LoopbackServer.StartAsync();

    [Fact]
    public async Task Calls_EachWayToFail_IsATypedFailureWithAMessage()
    {
        var (key, code) = await _server.ProvisionAsync("Kiosk 1", "6262");
        using var channel = _server.Channel();
        var backend = new GrpcKioskBackend(new KioskTransport(channel, key, TimeProvider.System));
        var ct = TestContext.Current.CancellationToken;

        var wrongPin = await backend.CheckInAsync(code, "9999", 8, ct);
        var badSleep = await backend.CheckInAsync(code, "2468", 30, ct);
        var ended = await backend.PlanAsync("not-a-token", ct);
        var checkedIn = await backend.CheckInAsync(code, "2468", 8, ct);
        await _server.StopAsync();
        var away = await backend.PlanAsync(checkedIn.Value!.Token, ct);

        Assert.Equal(BackendFailure.WrongCredentials, wrongPin.Failure);
        Assert.Equal("Member code or PIN is wrong. Please try again; after several wrong PINs it is locked for a while, and staff can set a new one.", KioskText.English.Failure(wrongPin));
        Assert.Equal(BackendFailure.Refused, badSleep.Failure);
        Assert.Contains("sleep_hours", KioskText.English.Failure(badSleep), StringComparison.Ordinal);
        Assert.Equal(BackendFailure.CheckInEnded, ended.Failure);
        Assert.True(checkedIn.Succeeded);
        Assert.Equal(BackendFailure.Unreachable, away.Failure);
        Assert.Contains("saved on this kiosk", KioskText.English.Failure(away), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanThenPlanAgain_TheSecondResumesTheSameSession()
    {
        var (key, code) = await _server.ProvisionAsync("Kiosk 1", "6262");
        using var channel = _server.Channel();
        var backend = new GrpcKioskBackend(new KioskTransport(channel, key, TimeProvider.System));
        var ct = TestContext.Current.CancellationToken;

        var checkedIn = (await backend.CheckInAsync(code, "2468", 8, ct)).Value!;
        var first = (await backend.PlanAsync(checkedIn.Token, ct)).Value!;
        var second = (await backend.PlanAsync(checkedIn.Token, ct)).Value!;

        Assert.Equal((false, true), (first.Resumed, second.Resumed));
        Assert.Equal(first.Plan.SessionId, second.Plan.SessionId);
        Assert.Equal(first.Plan.Supersets.Select(s => (s.Label, s.First.ExerciseId, s.Second.ExerciseId)), second.Plan.Supersets.Select(s => (s.Label, s.First.ExerciseId, s.Second.ExerciseId)));
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();
}
