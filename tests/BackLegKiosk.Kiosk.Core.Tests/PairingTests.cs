using System.Security.Cryptography.X509Certificates;
using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Security;
using BackLegKiosk.Tests.Stores;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>A new kiosk pairs with the code staff printed, over https at 127.0.0.1, and then talks with the key and the pin it got.</summary>
public sealed class PairingTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "backleg-kiosk-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(TimeProvider.System.GetUtcNow());
    private WebApplication _app = null!;
    private TestStore _store = null!;

    public async ValueTask InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        _app = await ServerSetup.StartOnLoopbackAsync(_folder, 0, configure: b =>
        {
            b.Configuration.AddInMemoryCollection(_store.Settings);
            b.Configuration[$"Kestrel:Endpoints:{ServerEndpoints.GrpcName}:Url"] = "https://127.0.0.1:0";
            b.Services.AddSingleton<TimeProvider>(_clock);
        });
    }

    [Fact]
    public async Task ACode_PairsOnce_GivingAKeyAndTheFingerprintThatThenWork_AndAnExpiredCodeDoesNot()
    {
        var ct = TestContext.Current.CancellationToken;
        var code = await IssueAsync("Rack 1");
        var late = await IssueAsync("Rack 2");

        var paired = await KioskPairing.PairAsync(_app.ListeningAddress(), code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), ct);
        using var channel = KioskTransport.Channel(paired.ServerAddress, paired.ServerFingerprint);
        var heartbeat = await new KioskTransport(channel, paired.DeviceKey, TimeProvider.System).Kiosk().HeartbeatAsync(new HeartbeatRequest(), cancellationToken: ct);
        var again = await Assert.ThrowsAsync<RpcException>(() => KioskPairing.PairAsync(_app.ListeningAddress(), code, ct));
        _clock.Advance(KioskRegistry.PairingLifetime + TimeSpan.FromSeconds(1));
        var expired = await Assert.ThrowsAsync<RpcException>(() => KioskPairing.PairAsync(_app.ListeningAddress(), late, ct));

        Assert.Equal("Rack 1", paired.KioskName);
        Assert.Equal(ServerCertificate.Fingerprint(_app.Services.GetRequiredService<X509Certificate2>()), paired.ServerFingerprint);
        Assert.NotNull(heartbeat.ServerTime);
        Assert.Equal((StatusCode.Unauthenticated, StatusCode.Unauthenticated), (again.StatusCode, expired.StatusCode));
        Assert.Equal(again.Status.Detail, expired.Status.Detail);
    }

    [Fact]
    public async Task TenKiosksPairingWithOneCodeAtOnce_OnlyOneGetsAKey()
    {
        var code = await IssueAsync("Contested rack");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            try
            {
                return await KioskPairing.PairAsync(_app.ListeningAddress(), code, TestContext.Current.CancellationToken);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Unauthenticated)
            {
                return null;
            }
        }));
        var winner = Assert.Single(attempts, a => a is not null)!;
        using var channel = KioskTransport.Channel(winner.ServerAddress, winner.ServerFingerprint);
        var heartbeat = await new KioskTransport(channel, winner.DeviceKey, TimeProvider.System).Kiosk().HeartbeatAsync(new HeartbeatRequest(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotNull(heartbeat.ServerTime);
    }

    [Fact]
    public async Task RevokingAKiosk_StopsTheCodeItWasGiven()
    {
        var code = await IssueAsync("Stolen rack");
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<KioskRegistry>().RevokeAsync("Stolen rack", CancellationToken.None);
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => KioskPairing.PairAsync(_app.ListeningAddress(), code, TestContext.Current.CancellationToken));

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<string> IssueAsync(string kiosk)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<KioskRegistry>();
        await registry.ProvisionAsync(kiosk, CancellationToken.None);
        return await registry.IssuePairingCodeAsync(kiosk, CancellationToken.None);
    }
}
