using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Planning;

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

    /// <summary>
    /// The store: <c>sqlite</c> (the embedded default, one gym on one machine) or <c>postgres</c> (a chain:
    /// one PostgreSQL shared by several server replicas; needs <see cref="ConnectionString"/>).
    /// </summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>The store in force; <see cref="Problems"/> refuses any other name.</summary>
    public StoreKind StoreKind => string.Equals(Store, "postgres", StringComparison.OrdinalIgnoreCase) ? StoreKind.Postgres : StoreKind.Sqlite;

    /// <summary>An explicit connection string; when empty on SQLite, <c>{DataFolder}/backleg.db</c>.</summary>
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

    /// <summary>
    /// How long after a check-in ends (checked out or expired) the kiosk it was made on may still deliver
    /// the facts it recorded under it: a kiosk offline for days loses nothing.
    /// </summary>
    public int DeliveryDays { get; set; } = 7;

    /// <summary>
    /// How far ahead of the server's clock a fact's occurred_at may be. Kiosks set their clock by the
    /// server's at every heartbeat, so this only matters for a kiosk whose own clock jumped while it could
    /// not reach the server: wide enough for a wrong time zone or a missed DST change, so none of its sets is refused.
    /// </summary>
    public int ClockAheadMinutes { get; set; } = 90;

    /// <summary>Most facts in one push.</summary>
    public int MaxBatch { get; set; } = 500;

    /// <summary>
    /// Pushes that may wait for the group-commit writer; one more is answered RESOURCE_EXHAUSTED with a
    /// retry-after, and the kiosk keeps it in its outbox and tries again, so memory stays bounded under a flood.
    /// </summary>
    public int IngestQueue { get; set; } = 1000;

    /// <summary>Check-ins one device key may make per minute; more get RESOURCE_EXHAUSTED with a retry-after.</summary>
    public int CheckInsPerMinute { get; set; } = 30;

    /// <summary>Staff sign-in attempts (gRPC and the dashboard's form) one client address may make per minute.</summary>
    public int SignInsPerMinute { get; set; } = 10;

    /// <summary>
    /// The gym's time zone (IANA id such as <c>Europe/Berlin</c>) for "today" and the busiest-hours
    /// heat map; empty means the machine's own zone.
    /// </summary>
    public string TimeZone { get; set; } = string.Empty;

    /// <summary>
    /// The gym's additions to the table that maps exercise names of Strong, Hevy and FitNotes exports to the
    /// catalog (name → exercise id), such as a machine the apps name after its brand.
    /// </summary>
    public Dictionary<string, string> ImportNames { get; set; } = [];

    /// <summary>
    /// The stations of the gym's floor and how many of each (<c>squat-rack</c>: 2), by the station ids of
    /// the exercise catalog. The planner opens a session around the ones active sessions hold; a station
    /// not named here is never full. Empty: the floor is not tracked.
    /// </summary>
    public Dictionary<string, int> Stations { get; set; } = [];

    /// <summary>
    /// A gym's own exercise catalog (an <c>exercises.json</c> in the built-in catalog's format); empty
    /// means the built-in one. The server refuses to start on a file that breaks a catalog invariant.
    /// </summary>
    public string CatalogPath { get; set; } = string.Empty;

    /// <summary>The <c>BackLeg:Planner</c> section: <see cref="PlannerOptions"/>, each inside the seed's band.</summary>
    public const string PlannerSection = Section + ":Planner";

    /// <summary>
    /// Lets the server listen with plain HTTP on an address other than loopback (behind a proxy that
    /// terminates TLS); without it such a configuration stops the start. Logged as a warning at every start.
    /// </summary>
    public bool AllowInsecure { get; set; }

    /// <summary>The operator's own certificate for HTTPS endpoints: a .pfx, or a PEM with <see cref="TlsKeyPath"/>; empty means the server's own, made in the data folder.</summary>
    public string TlsCertificatePath { get; set; } = string.Empty;

    /// <summary>The PEM private key of <see cref="TlsCertificatePath"/>, when it is not in the same file.</summary>
    public string TlsKeyPath { get; set; } = string.Empty;

    /// <summary>The password of a .pfx <see cref="TlsCertificatePath"/>, if it has one.</summary>
    public string? TlsCertificatePassword { get; set; }

    /// <summary>How often an open dashboard checks that its staff account still holds staff access (1-30 s).</summary>
    public int StaffRevalidateSeconds { get; set; } = 30;

    /// <summary>Server reflection for staff (grpcurl-style tools); false maps no reflection service at all.</summary>
    public bool Reflection { get; set; } = true;

    /// <summary>
    /// The address members' phones open for "Continue on my phone" (scheme, host and port of the dashboard
    /// listener as the gym's Wi-Fi reaches it); empty uses the dashboard listener's own address.
    /// </summary>
    public string PhoneAddress { get; set; } = string.Empty;

    /// <summary>A kiosk not heard from for this long shows as offline on the dashboard.</summary>
    public int KioskOfflineSeconds { get; set; } = 180;

    /// <summary>The zone in force (<see cref="Problems"/> has refused an unknown id at start-up).</summary>
    public TimeZoneInfo Zone => string.IsNullOrWhiteSpace(TimeZone) ? TimeZoneInfo.Local : TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>The catalog in force: the gym's file at <see cref="CatalogPath"/>, or the built-in one.</summary>
    /// <exception cref="CatalogException">The file is missing, unreadable or breaks an invariant; the message names the key and the entry.</exception>
    public ExerciseCatalog LoadCatalog()
    {
        if (string.IsNullOrWhiteSpace(CatalogPath))
        {
            return ExerciseCatalog.Default;
        }

        string json;
        try
        {
            json = File.ReadAllText(CatalogPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CatalogException($"BackLeg:CatalogPath '{CatalogPath}' cannot be read: {ex.Message}", ex);
        }

        try
        {
            return ExerciseCatalog.Parse(json);
        }
        catch (CatalogException ex)
        {
            throw new CatalogException($"BackLeg:CatalogPath '{CatalogPath}': {ex.Message}", ex);
        }
    }

    /// <summary>What is wrong with these settings, each naming its key; the server refuses to start on any.</summary>
    public IEnumerable<string> Problems()
    {
        var catalogProblem = CatalogProblem();
        if (catalogProblem is not null)
        {
            yield return catalogProblem;
        }

        if (!Enum.TryParse<StoreKind>(Store, ignoreCase: true, out _))
        {
            yield return $"BackLeg:Store '{Store}' is not a store; use sqlite or postgres.";
        }
        else if (StoreKind == StoreKind.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return "BackLeg:ConnectionString is empty; BackLeg:Store=postgres needs one (Host=…;Database=…;Username=…;Password=…).";
        }

        foreach (var (station, count) in Stations.Where(s => s.Value is < 1 or > 100))
        {
            yield return $"BackLeg:Stations:{station} must be between 1 and 100, got {count}.";
        }

        if (!string.IsNullOrWhiteSpace(TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return $"BackLeg:TimeZone '{TimeZone}' is not a known time zone id (an IANA id such as Europe/Berlin).";
        }

        foreach (var (key, value, min, max) in new[]
        {
            (nameof(StaffTokenHours), StaffTokenHours, 1, 24 * 7),
            (nameof(CheckInMinutes), CheckInMinutes, 5, 24 * 60),
            (nameof(PinAttempts), PinAttempts, 1, 100),
            (nameof(PinLockoutMinutes), PinLockoutMinutes, 1, 24 * 60),
            (nameof(OpenSessionHours), OpenSessionHours, 1, 24),
            (nameof(MaxBatch), MaxBatch, 1, 10_000),
            (nameof(IngestQueue), IngestQueue, 1, 100_000),
            (nameof(CheckInsPerMinute), CheckInsPerMinute, 1, 100_000),
            (nameof(SignInsPerMinute), SignInsPerMinute, 1, 100_000),
            (nameof(DeliveryDays), DeliveryDays, 1, 90),
            (nameof(ClockAheadMinutes), ClockAheadMinutes, 1, 24 * 60),
            (nameof(KioskOfflineSeconds), KioskOfflineSeconds, 10, 24 * 60 * 60),
            (nameof(StaffRevalidateSeconds), StaffRevalidateSeconds, 1, 30),
        })
        {
            if (value < min || value > max)
            {
                yield return $"BackLeg:{key} is {value}; it must be from {min} to {max}.";
            }
        }
    }

    private string? CatalogProblem()
    {
        try
        {
            var catalog = LoadCatalog();
            return ImportNames.Where(n => !catalog.TryGet(n.Value, out _)).Select(n => $"BackLeg:ImportNames:{n.Key} maps to '{n.Value}', which is not in the exercise catalog.").FirstOrDefault();
        }
        catch (CatalogException ex)
        {
            return ex.Message;
        }
    }
}

