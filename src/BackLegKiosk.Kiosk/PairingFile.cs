using System.Text.Json;
using BackLegKiosk.Kiosk.Core;

namespace BackLegKiosk.Kiosk;

/// <summary>
/// What pairing gave this kiosk (server address, device key, pinned fingerprint), kept beside its outbox,
/// readable by the kiosk's account alone from the moment it exists. It fills what the configuration
/// leaves empty, so a paired kiosk needs no key in its settings.
/// </summary>
public static class PairingFile
{
    public static string PathFor(KioskHostOptions options) =>
        Path.Combine(Path.GetDirectoryName(options.ResolvedOutboxPath)!, $"{string.Concat(options.Name.Where(char.IsLetterOrDigit))}.pairing.json");

    public static void Save(KioskHostOptions options, PairedKiosk paired)
    {
        var path = PathFor(options);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var file = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, file);
        JsonSerializer.Serialize(stream, paired);
    }

    /// <summary>Fills the server address, device key and fingerprint from the pairing file when the configuration has no key.</summary>
    public static void Apply(KioskHostOptions options)
    {
        var path = PathFor(options);
        if (!string.IsNullOrWhiteSpace(options.DeviceKey) || !File.Exists(path))
        {
            return;
        }

        using var stream = File.OpenRead(path);
        var paired = JsonSerializer.Deserialize<PairedKiosk>(stream) ?? throw new InvalidOperationException($"{path} is not a pairing file; pair the kiosk again.");
        options.ServerAddress = paired.ServerAddress;
        options.DeviceKey = paired.DeviceKey;
        options.ServerFingerprint = paired.ServerFingerprint;
    }

    /// <summary>
    /// <c>--pair CODE [--server URL]</c> on the command line: trades the code for a key before the kiosk
    /// starts and keeps what it got; the server defaults to <c>Kiosk:ServerAddress</c>.
    /// </summary>
    public static async Task PairIfAskedAsync(this WebApplicationBuilder builder)
    {
        if (builder.Configuration["pair"] is not { Length: > 0 } code)
        {
            return;
        }

        var options = builder.Configuration.GetSection(KioskHostOptions.Section).Get<KioskHostOptions>() ?? new KioskHostOptions();
        var server = builder.Configuration["server"] is { Length: > 0 } address ? address : options.ServerAddress;
        var paired = await KioskPairing.PairAsync(server, code, CancellationToken.None);
        Save(options, paired);
        Console.WriteLine($"Paired as '{paired.KioskName}' with {server}; the key and the server's fingerprint are in {PathFor(options)}.");
    }
}
