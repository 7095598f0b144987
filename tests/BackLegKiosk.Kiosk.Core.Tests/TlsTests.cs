using System.Security.Cryptography.X509Certificates;
using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Security;
using BackLegKiosk.Tests.Stores;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>The server's gRPC endpoint on https at 127.0.0.1 with the certificate it made itself, and kiosks that pin it.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class TlsTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "backleg-kiosk-tests", Guid.NewGuid().ToString("N"));
    private WebApplication _app = null!;

    public async ValueTask InitializeAsync() =>
        _app = await ServerSetup.StartOnLoopbackAsync(_folder, 0, configure: b => b.Configuration[$"Kestrel:Endpoints:{ServerEndpoints.GrpcName}:Url"] = "https://127.0.0.1:0");

    [Fact(SkipWhen = nameof(TestStore.IsPostgres), SkipType = typeof(TestStore), Skip = "About the certificate in the data folder, whatever the store; run once, on the SQLite pass.")]
    public async Task APinnedKiosk_TalksOverTls_WhileAPlainClientAndAKioskPinnedElsewhereAreRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        string key;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            key = (await scope.ServiceProvider.GetRequiredService<KioskRegistry>().ProvisionAsync("Kiosk 1", ct)).Key.ToString();
        }

        var address = _app.ListeningAddress();
        var fingerprint = ServerCertificate.Fingerprint(_app.Services.GetRequiredService<X509Certificate2>());
        using var pinned = KioskTransport.Channel(address, fingerprint);
        using var elsewhere = KioskTransport.Channel(address, new string('a', 64));
        using var plain = GrpcChannel.ForAddress(address.Replace("https://", "http://", StringComparison.Ordinal));

        var answer = await new KioskTransport(pinned, key, TimeProvider.System).Kiosk().HeartbeatAsync(new HeartbeatRequest(), cancellationToken: ct);
        var wrongPin = await Assert.ThrowsAsync<RpcException>(async () => await new KioskTransport(elsewhere, key, TimeProvider.System).Kiosk().HeartbeatAsync(new HeartbeatRequest(), cancellationToken: ct));
        var inClear = await Assert.ThrowsAsync<RpcException>(async () =>
            await new KioskService.KioskServiceClient(plain).HeartbeatAsync(new HeartbeatRequest(), new Metadata { { Contracts.KioskHeaders.DeviceKey, key } }, cancellationToken: ct));

        Assert.StartsWith("https://127.0.0.1:", address, StringComparison.Ordinal);
        Assert.NotNull(answer.ServerTime);
        // The kiosk's own TLS refuses the handshake: the call never reaches the server.
        Assert.IsType<System.Security.Authentication.AuthenticationException>(wrongPin.Status.DebugException?.InnerException?.InnerException ?? wrongPin.Status.DebugException?.InnerException, exactMatch: false);
        Assert.NotEqual(StatusCode.OK, inClear.StatusCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder, ServerCertificate.FileName)));
    }

    [Fact(SkipWhen = nameof(TestStore.IsPostgres), SkipType = typeof(TestStore), Skip = "About the certificate in the data folder, whatever the store; run once, on the SQLite pass.")]
    public async Task TheCertificate_IsMadeOnce_AndKeptAcrossRestarts()
    {
        var first = ServerCertificate.Fingerprint(_app.Services.GetRequiredService<X509Certificate2>());
        await _app.StopAsync(TestContext.Current.CancellationToken);
        await _app.DisposeAsync();

        _app = await ServerSetup.StartOnLoopbackAsync(_folder, 0, configure: b => b.Configuration[$"Kestrel:Endpoints:{ServerEndpoints.GrpcName}:Url"] = "https://127.0.0.1:0");

        Assert.Equal(first, ServerCertificate.Fingerprint(_app.Services.GetRequiredService<X509Certificate2>()));
    }

    [Theory]
    [InlineData("http://192.0.2.10:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://0.0.0.0:5080")]
    public async Task PlainHttpOffLoopback_StopsTheStartBeforeAnythingBinds_NamingTheSetting(string url)
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ServerSetup.StartOnLoopbackAsync(
            Path.Combine(_folder, "other"), 0, configure: b => b.Configuration[$"Kestrel:Endpoints:{ServerEndpoints.GrpcName}:Url"] = url, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains($"Kestrel:Endpoints:{ServerEndpoints.GrpcName}:Url is {url}", refused.Message, StringComparison.Ordinal);
        Assert.Contains("BackLeg:AllowInsecure=true", refused.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "other")));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
