using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Kiosk.Tests;

/// <summary>The kiosk head as its process runs it: configuration, the first page, and stopping.</summary>
public sealed class KioskHeadTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "backleg-kiosk-head-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Home_ServesThePageShellAndEveryAssetItLinks()
    {
        await using var kiosk = Kiosk(deviceKey: "device-key");
        using var client = kiosk.CreateClient();
        var cancel = TestContext.Current.CancellationToken;

        // The screens render only once the circuit is live (no prerendering), so the browser tests judge
        // them; here: the shell and the stylesheet and scripts it needs, under their fingerprinted names.
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative), cancel);
        var assets = Regex.Matches(page, "(?:href|src)=\"([^\"]+\\.(?:css|js))\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("<title>BackLegKiosk</title>", page, StringComparison.Ordinal);
        Assert.Equal(3, assets.Count);
        foreach (var asset in assets)
        {
            using var response = await client.GetAsync(new Uri(asset, UriKind.Relative), cancel);
            Assert.True(response.IsSuccessStatusCode, $"{asset}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Stop_WhileTheSyncAgentRuns_EndsCleanly()
    {
        var kiosk = Kiosk(deviceKey: "device-key");
        using var client = kiosk.CreateClient();
        await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        // Stopping runs the hosted service's stop and then the container's disposal over the same agent.
        await kiosk.DisposeAsync();

        Assert.True(File.Exists(Path.Combine(_folder, "outbox.db")));
    }

    [Fact]
    public async Task Start_WithoutADeviceKey_FailsNamingTheKey()
    {
        await using var kiosk = Kiosk(deviceKey: "");

        var error = Assert.Throws<OptionsValidationException>(() => kiosk.CreateClient());

        Assert.Contains("Kiosk:DeviceKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithALanguageItDoesNotSpeak_FailsNamingTheKeyAndTheChoices()
    {
        await using var kiosk = Kiosk(deviceKey: "key", language: "fr");

        var error = Assert.Throws<OptionsValidationException>(() => kiosk.CreateClient());

        Assert.Contains("Kiosk:Language must be en or de.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APairedKiosk_StartsWithTheKeyAndPinFromItsPairingFile_KeptOwnerOnly()
    {
        var options = new KioskHostOptions { Name = "Front Desk", OutboxPath = Path.Combine(_folder, "outbox.db") };
        PairingFile.Save(options, new Core.PairedKiosk("https://127.0.0.1:9", "paired-device-key", "ab12", "Front Desk"));
        await using var kiosk = Kiosk(deviceKey: "");
        using var client = kiosk.CreateClient();

        var used = kiosk.Services.GetRequiredService<IOptions<KioskHostOptions>>().Value;

        Assert.Equal(("https://127.0.0.1:9", "paired-device-key", "ab12"), (used.ServerAddress, used.DeviceKey, used.ServerFingerprint));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(PairingFile.PathFor(options)));
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A kiosk whose server does not answer: nothing listens on loopback port 9.</summary>
    private WebApplicationFactory<Program> Kiosk(string deviceKey, string language = "en") =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kiosk:Name"] = "Front Desk",
            ["Kiosk:ServerAddress"] = "http://127.0.0.1:9",
            ["Kiosk:DeviceKey"] = deviceKey,
            ["Kiosk:OutboxPath"] = Path.Combine(_folder, "outbox.db"),
            ["Kiosk:Language"] = language,
            ["Logging:LogLevel:Default"] = "Warning",
        })));
}
