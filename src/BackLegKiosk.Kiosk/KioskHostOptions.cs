namespace BackLegKiosk.Kiosk;

/// <summary>The <c>Kiosk</c> configuration section (or KIOSK__* environment variables).</summary>
public sealed class KioskHostOptions
{
    public const string Section = "Kiosk";

    /// <summary>Shown on screen and in the staff dashboard.</summary>
    public string Name { get; set; } = "Kiosk";

    /// <summary>The central gRPC server.</summary>
    public string ServerAddress { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// The SHA-256 fingerprint of the server's certificate (hex, as the server logs and `backleg` prints it):
    /// over https the kiosk talks only to a server presenting exactly that certificate.
    /// </summary>
    public string ServerFingerprint { get; set; } = string.Empty;

    /// <summary>The device key printed when the kiosk was provisioned.</summary>
    public string DeviceKey { get; set; } = string.Empty;

    /// <summary>The local outbox file; empty means one per kiosk name in the local application data.</summary>
    public string OutboxPath { get; set; } = string.Empty;

    /// <summary>Seconds without a touch before the member is signed out.</summary>
    public int IdleSeconds { get; set; } = 120;

    /// <summary>The language shown before a member checks in and to members whose profile names none: <c>en</c> or <c>de</c>.</summary>
    public string Language { get; set; } = "en";

    public string ResolvedOutboxPath => string.IsNullOrWhiteSpace(OutboxPath)
        ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "BackLegKiosk", "kiosks", $"{string.Concat(Name.Where(char.IsLetterOrDigit))}.outbox.db")
        : Path.GetFullPath(OutboxPath);
}
