using System.Reflection;

namespace BackLegKiosk.AppHost;

/// <summary>
/// A throwaway PostgreSQL for the chain demo, started exactly as test.sh starts it (scripts/postgres.sh:
/// initdb into a temporary folder, a free loopback port, never as root) and stopped with the demo.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _folder;

    private PostgresCluster(string folder, string adminConnectionString)
    {
        _folder = folder;
        AdminConnectionString = adminConnectionString;
    }

    /// <summary>The superuser's connection string (password auth, loopback only).</summary>
    public string AdminConnectionString { get; }

    public static async Task<PostgresCluster> StartAsync(CancellationToken cancellationToken)
    {
        var output = await ChildProcess.RunAsync("bash", [Script(), "start"], cancellationToken);
        string Line(string key) => output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..]
            ?? throw new InvalidOperationException($"scripts/postgres.sh printed no {key}= line.");
        return new PostgresCluster(Line("PGDIR"), Line("CONNECTION"));
    }

    public async ValueTask DisposeAsync() => await ChildProcess.RunAsync("bash", [Script(), "stop", _folder], CancellationToken.None);

    private static string Script() =>
        typeof(PostgresCluster).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PostgresScript").Value!;
}
