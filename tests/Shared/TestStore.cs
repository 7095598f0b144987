using BackLegKiosk.Server.Data;

namespace BackLegKiosk.Tests.Stores;

/// <summary>
/// The store a test server runs on. test.sh runs the server and sync suites twice: on SQLite, and then
/// with <c>BACKLEG_TEST_POSTGRES</c> set to the superuser connection of the PostgreSQL it started, where
/// every test server gets a database of its own, dropped when the server is.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string? _database;

    private TestStore(string? database, IReadOnlyDictionary<string, string?> settings)
    {
        _database = database;
        Settings = settings;
    }

    public static string? PostgresAdmin => Environment.GetEnvironmentVariable("BACKLEG_TEST_POSTGRES") is { Length: > 0 } admin ? admin : null;

    /// <summary>For <c>SkipWhen</c> on tests about SQLite files themselves.</summary>
    public static bool IsPostgres => PostgresAdmin is not null;

    /// <summary>The <c>BackLeg:*</c> settings that point a server at this store; none on SQLite (the data folder's file).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public static async Task<TestStore> CreateAsync()
    {
        if (PostgresAdmin is not { } admin)
        {
            return new TestStore(null, new Dictionary<string, string?>());
        }

        var database = $"test_{Guid.NewGuid():N}";
        var connection = await PostgresDatabases.EnsureAsync(admin, database);
        return new TestStore(database, new Dictionary<string, string?>
        {
            ["BackLeg:Store"] = "postgres",
            ["BackLeg:ConnectionString"] = connection,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null && PostgresAdmin is { } admin)
        {
            await PostgresDatabases.DropAsync(admin, _database);
        }
    }
}
