using BackLegKiosk.AppHost;
using BackLegKiosk.Training.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BackLegKiosk.EndToEnd.Tests;

/// <summary>
/// The whole system as the one command starts it (server, two kiosk processes, demo members) on free
/// loopback ports, and Debian's Chromium driven by Playwright.
/// </summary>
public class KioskSystemFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _data = Path.Combine(Path.GetTempPath(), "backleg-e2e", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public DemoSystem System { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots go with the test results (test.sh points BACKLEG_ARTIFACTS there), else beside the test binaries.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("BACKLEG_ARTIFACTS") is { Length: > 0 } folder ? folder : AppContext.BaseDirectory,
        "screenshots");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        // The dashboard tests sign staff in from 127.0.0.1 more often in a minute than the shipped
        // per-address limit allows one office (Server.Tests' RateLimitTests holds that limit), and see an
        // open page follow a revoked account within seconds rather than the shipped 30.
        var settings = new Dictionary<string, string?>(Stations)
        {
            ["BackLeg:SignInsPerMinute"] = "1000",
            ["BackLeg:StaffRevalidateSeconds"] = "2",
        };
        System = await DemoSystem.StartAsync(new DemoOptions(_data, 0, 0, [DemoSystem.FreePort(), DemoSystem.FreePort()], settings), new Progress<string>(), CancellationToken.None);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>
    /// The gym's stations. Declared so the Today page shows them, with more of each than the tests' members
    /// ever hold at once: plans here open as on an empty floor (Server.Tests' FloorTests has one rack).
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string?> Stations { get; } = new Dictionary<string, string?>
    {
        ["BackLeg:Stations:squat-rack"] = "50",
        ["BackLeg:Stations:pull-up-bar"] = "50",
    };

    /// <summary>
    /// A member of a demo persona's profile (adjusted if asked), under a code of the test's own, with no
    /// history or with the persona's (recorded by kiosk 1): the demo members are shared by the tests of a
    /// class, and a session one test opens changes what the next one sees.
    /// </summary>
    public async Task<DemoMember> EnrollAsync(string code, string name, string pin, string personaKey, Func<Training.Members.MemberProfile, Training.Members.MemberProfile>? adjust = null, bool withHistory = false)
    {
        var persona = DemoPersonas.Get(personaKey, TimeProvider.System.GetUtcNow());
        persona = persona with { Profile = adjust is null ? persona.Profile : adjust(persona.Profile), History = withHistory ? persona.History : [] };
        await using var scope = System.Services.CreateAsyncScope();
        var kiosk = await scope.ServiceProvider.GetRequiredService<Server.Data.BackLegDbContext>().Kiosks.SingleAsync(k => k.Name == "Kiosk 1");
        await DemoSeeder.EnrollAsync(System.Services, persona, code, name, pin, kiosk.Id);
        return new DemoMember(personaKey, name, code, pin, "enrolled by a test");
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (System is not null)
        {
            await System.DisposeAsync();
        }

        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

}
