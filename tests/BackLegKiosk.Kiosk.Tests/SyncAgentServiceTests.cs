using BackLegKiosk.Kiosk.Core;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Sets;
using Grpc.Net.Client;

namespace BackLegKiosk.Kiosk.Tests;

/// <summary>The kiosk host stopping its sync agent: a host can ask twice at once, and both must wait for one drain.</summary>
public sealed class SyncAgentServiceTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "backleg-agent-service-tests", $"{Guid.NewGuid():N}.db");

    [Fact]
    public async Task StopAsync_AskedTwiceAtOnce_BothWaitForTheOneDrain()
    {
        using var outbox = new Outbox(_path);
        await outbox.AddSetAsync(new LoggedSet(Guid.NewGuid(), Guid.NewGuid().ToString(), DateTimeOffset.UnixEpoch, new SetKey("A1", 1, false), "back-squat", new Load(100, WeightUnit.Kilograms), 5, false, null), "token");

        // Nothing listens on loopback port 9: the set cannot be delivered, so the drain waits until cancelled.
        using var channel = GrpcChannel.ForAddress("http://127.0.0.1:9");
        var service = new SyncAgentService(new SyncAgent(outbox, new KioskTransport(channel, "device-key", TimeProvider.System), TimeProvider.System));
        await service.StartAsync(TestContext.Current.CancellationToken);
        using var shutdown = new CancellationTokenSource();

        var first = service.StopAsync(shutdown.Token);
        var second = service.StopAsync(CancellationToken.None);
        var waitedForTheDrain = !second.IsCompleted;
        await shutdown.CancelAsync();
        await second;

        Assert.Same(first, second);
        Assert.True(waitedForTheDrain);
        Assert.Equal(1, await outbox.PendingCountAsync(TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_path)!, Path.GetFileName(_path) + "*"))
        {
            File.Delete(file);
        }
    }
}
