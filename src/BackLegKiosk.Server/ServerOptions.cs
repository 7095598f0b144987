namespace BackLegKiosk.Server;

/// <summary>The <c>BackLeg</c> configuration section (appsettings.json or BACKLEG__* environment variables).</summary>
public sealed class ServerOptions
{
    public const string Section = "BackLeg";

    /// <summary>
    /// Folder for the SQLite database and the generated signing key; created if missing. Empty means
    /// the user's local application data (<c>~/.local/share/BackLegKiosk</c> on Linux), so the server
    /// and the command line find the same store wherever they are started from.
    /// </summary>
    public string DataFolder { get; set; } = string.Empty;

    /// <summary>Where an empty <see cref="DataFolder"/> points.</summary>
    public static string DefaultDataFolder =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "BackLegKiosk");

    /// <summary>The data folder in force.</summary>
    public string DataFolderPath => string.IsNullOrWhiteSpace(DataFolder) ? DefaultDataFolder : Path.GetFullPath(DataFolder);

    /// <summary>An explicit connection string; when empty, <c>{DataFolder}/backleg.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Base64 key (32+ bytes) that signs staff tokens; when empty one is generated into the data folder.</summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a staff token lasts.</summary>
    public int StaffTokenHours { get; set; } = 12;

    /// <summary>How long a check-in token lasts without being checked out.</summary>
    public int CheckInMinutes { get; set; } = 180;

    /// <summary>Failed PINs within <see cref="PinLockoutMinutes"/> that lock a member's PIN.</summary>
    public int PinAttempts { get; set; } = 5;

    /// <summary>Window for counting failed PINs, and how long the lock lasts.</summary>
    public int PinLockoutMinutes { get; set; } = 15;

    /// <summary>A planned session left open this long no longer counts as in progress.</summary>
    public int OpenSessionHours { get; set; } = 4;

    /// <summary>Most facts in one push.</summary>
    public int MaxBatch { get; set; } = 500;

    /// <summary>
    /// The gym's time zone (IANA id such as <c>Europe/Berlin</c>) for "today" and the busiest-hours
    /// heat map; empty means the machine's own zone.
    /// </summary>
    public string TimeZone { get; set; } = string.Empty;

    /// <summary>A kiosk not heard from for this long shows as offline on the dashboard.</summary>
    public int KioskOfflineSeconds { get; set; } = 180;

    /// <summary>The zone in force; an unknown id is refused at first use with the key named.</summary>
    public TimeZoneInfo Zone => string.IsNullOrWhiteSpace(TimeZone) ? TimeZoneInfo.Local
        : TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone
        : throw new InvalidOperationException($"BackLeg:TimeZone '{TimeZone}' is not a known time zone id.");
}
