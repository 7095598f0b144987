using BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>Two kiosks showing one member's session, against the real server on loopback.</summary>
public sealed class ContinuationTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "backleg-kiosk-tests", Guid.NewGuid().ToString("N"));
    private LoopbackServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await LoopbackServer.StartAsync();

    [Fact]
    public async Task SetLoggedOnOneKiosk_ShowsUpLiveOnTheOther()
    {
        var (key1, code) = await _server.ProvisionAsync("Kiosk 1", "5151");
        var (key2, _) = await _server.ProvisionAsync("Kiosk 2", code);
        using var channel = _server.Channel();
        using var outbox1 = new Outbox(Path.Combine(_folder, "k1.db"));
        using var outbox2 = new Outbox(Path.Combine(_folder, "k2.db"));
        await using var sync1 = new SyncAgent(outbox1, new KioskTransport(channel, key1, TimeProvider.System), TimeProvider.System);
        sync1.Start();
        using var kiosk1 = new KioskViewModel(new GrpcKioskBackend(new KioskTransport(channel, key1, TimeProvider.System)), outbox1, sync1, TimeProvider.System, new KioskOptions());
        using var kiosk2 = new KioskViewModel(new GrpcKioskBackend(new KioskTransport(channel, key2, TimeProvider.System)), outbox2, null, TimeProvider.System, new KioskOptions());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await CheckInAsync(kiosk1, code);
        await kiosk1.StartWorkoutCommand.ExecuteAsync(null);
        await CheckInAsync(kiosk2, code);
        Assert.True(kiosk2.HasOpenSession);
        await kiosk2.StartWorkoutCommand.ExecuteAsync(null);
        Assert.Equal(kiosk1.Workout!.Plan.SessionId, kiosk2.Workout!.Plan.SessionId);
        Assert.Equal(0, kiosk2.Workout.SetsDone);

        while (kiosk1.Workout.Current!.IsWarmUp)
        {
            kiosk1.Workout.SkipWarmUpCommand.Execute(null);
        }

        await kiosk1.Workout.LogSetCommand.ExecuteAsync(null);
        while (kiosk2.Workout.SetsDone == 0)
        {
            await Task.Delay(20, timeout.Token);
        }

        Assert.Equal(1, kiosk2.Workout.SetsDone);
        Assert.False(kiosk2.Workout.Current!.IsWarmUp && kiosk2.Workout.Current.Exercise.Slot == "A1");
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task CheckInAsync(KioskViewModel kiosk, string code)
    {
        kiosk.BeginCommand.Execute(null);
        kiosk.CheckIn.MemberCode = code;
        foreach (var digit in "2468")
        {
            kiosk.CheckIn.PinDigitCommand.Execute(digit.ToString());
        }

        await kiosk.CheckIn.SubmitCommand.ExecuteAsync(null);
        Assert.Equal(KioskScreen.Readiness, kiosk.Screen);
    }
}
