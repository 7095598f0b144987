using System.Diagnostics.Metrics;
using BackLegKiosk.Server;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Tests.Stores;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>
/// The real server on Kestrel at 127.0.0.1 over a real store (see <see cref="TestStore"/>), which a test
/// can stop and start again on the same port and the same data.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly Action<WebApplicationBuilder>? _configure;
    private readonly TestStore _store;
    private WebApplication? _app;

    private LoopbackServer(string folder, TestStore store, Action<WebApplicationBuilder>? configure)
    {
        Folder = folder;
        _store = store;
        _configure = configure;
    }

    public string Folder { get; }

    public int Port { get; private set; }

    public string Address => $"http://127.0.0.1:{Port}";

    /// <summary>The running server's services, for what staff would do on the dashboard.</summary>
    public IServiceProvider Services => _app!.Services;

    /// <param name="configure">Settings or services for this server, e.g. a fake clock.</param>
    public static async Task<LoopbackServer> StartAsync(Action<WebApplicationBuilder>? configure = null)
    {
        var server = new LoopbackServer(Path.Combine(Path.GetTempPath(), "backleg-kiosk-tests", Guid.NewGuid().ToString("N")), await TestStore.CreateAsync(), configure);
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        _app = await ServerSetup.StartOnLoopbackAsync(Folder, Port, configure: builder =>
        {
            builder.Configuration.AddInMemoryCollection(_store.Settings);
            _configure?.Invoke(builder);
        });
        Port = new Uri(_app.ListeningAddress()).Port;
    }

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    /// <summary>A kiosk with its device key, and a member enrolled with PIN 2468.</summary>
    public async Task<(string DeviceKey, string MemberCode)> ProvisionAsync(string kioskName, string memberCode)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        var (_, key) = await scope.ServiceProvider.GetRequiredService<KioskRegistry>().ProvisionAsync(kioskName, CancellationToken.None);
        if (!await MemberExistsAsync(scope, memberCode))
        {
            await scope.ServiceProvider.GetRequiredService<MemberDirectory>().EnrollAsync(memberCode, "Sync Member", "2468",
                new Training.Members.MemberProfile(Training.Members.Experience.Advanced, Training.Members.TrainingGoal.LegsPriority, 16, 14, 80, new Dictionary<string, double>(), 90, Training.Members.WeightUnit.Kilograms),
                CancellationToken.None);
        }

        return (key.ToString(), memberCode);
    }

    /// <summary>
    /// Completes once this server has a request in flight, as ASP.NET Core's own active-requests
    /// counter reports it; a test that stops the server mid-call waits on this instead of on a delay.
    /// Start it before the call: the counter reports only while someone listens.
    /// </summary>
    public Task RequestInFlightAsync(CancellationToken cancellationToken)
    {
        var meters = _app!.Services.GetRequiredService<IMeterFactory>();
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var listener = new MeterListener();
        var active = 0L;
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Other tests' servers share this process; only this server's meters count.
            if (instrument.Meter.Scope == meters && instrument.Name == "http.server.active_requests")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, change, _, _) =>
        {
            if (Interlocked.Add(ref active, change) > 0)
            {
                seen.TrySetResult();
            }
        });
        listener.Start();
        cancellationToken.Register(() => seen.TrySetCanceled(cancellationToken));
        return seen.Task.ContinueWith(t => { listener.Dispose(); return t; }, TaskScheduler.Default).Unwrap();
    }

    /// <summary>The kiosk as staff see it: last heard, outbox counts.</summary>
    public async Task<Server.Domain.Staff.KioskStatus> KioskStatusAsync(string kioskName)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<Server.Domain.Staff.StaffQueries>().KiosksAsync(CancellationToken.None)).Single(k => k.Name == kioskName);
    }

    public GrpcChannel Channel() => GrpcChannel.ForAddress(Address, new GrpcChannelOptions { HttpHandler = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2) } });

    public static Metadata Headers(string deviceKey, string token) => new() { { "x-device-key", deviceKey }, { "x-checkin-token", token } };

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static async Task<bool> MemberExistsAsync(AsyncServiceScope scope, string code) =>
        (await scope.ServiceProvider.GetRequiredService<MemberDirectory>().ListAsync(code, 1, CancellationToken.None)).Count > 0;
}
