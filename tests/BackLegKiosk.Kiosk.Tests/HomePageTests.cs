using BackLegKiosk.Kiosk.Components.Pages;
using BackLegKiosk.Kiosk.Core;
using Bunit;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BackLegKiosk.Kiosk.Tests;

/// <summary>The kiosk's page against its long-lived view model: a closed page stops listening.</summary>
public sealed class HomePageTests : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "backleg-home-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 18, 0, 0, TimeSpan.Zero));
    private readonly GrpcChannel _channel = GrpcChannel.ForAddress("http://127.0.0.1:9");
    private readonly BunitContext _context = new();
    private readonly KioskViewModel _kiosk;
    private readonly Outbox _outbox;

    public HomePageTests()
    {
        Directory.CreateDirectory(_folder);
        _outbox = new Outbox(Path.Combine(_folder, "outbox.db"));
        _kiosk = new KioskViewModel(new GrpcKioskBackend(new KioskTransport(_channel, "device-key", _clock)), _outbox, null, _clock, new KioskOptions { Name = "Kiosk 1" });
        _context.Services.AddSingleton(_kiosk);
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public async Task RestEnded_SignalsTheOpenPage_AndNoLongerOnceThePageIsGone()
    {
        var page = _context.Render<Home>();
        EndARest();
        page.WaitForAssertion(() => Assert.Single(_context.JSInterop.Invocations["kiosk.restEnded"]));

        await _context.DisposeComponentsAsync();
        EndARest();

        Assert.Single(_context.JSInterop.Invocations["kiosk.restEnded"]);
    }

    private void EndARest()
    {
        _kiosk.Timer.Start(TimeSpan.FromSeconds(30));
        _clock.Advance(TimeSpan.FromSeconds(31));
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        _kiosk.Dispose();
        _outbox.Dispose();
        _channel.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
