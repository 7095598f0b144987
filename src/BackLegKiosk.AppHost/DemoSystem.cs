using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using BackLegKiosk.Server;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.AppHost;

/// <summary>
/// The whole system on one machine: a staff account, the demo members with history, and one kiosk head
/// process per kiosk port. Either one gym (the server in this process on SQLite), or a chain: PostgreSQL,
/// several server processes and HAProxy in front of them. Used by the one command and by the browser tests.
/// </summary>
public sealed class DemoSystem : IAsyncDisposable
{
    public const string StaffUser = "coach";
    public const string StaffPassword = "backleg-demo";

    /// <summary>What to stop, in the order things were started; stopped last first.</summary>
    private readonly List<Func<ValueTask>> _stops = [];

    private DemoSystem(IServiceProvider services)
    {
        Services = services;
    }

    /// <summary>The address kiosks use: the server, or HAProxy in front of the replicas.</summary>
    public string ServerUrl { get; private set; } = string.Empty;

    public string DashboardUrl { get; private set; } = string.Empty;

    /// <summary>Each replica's own gRPC address (a chain only).</summary>
    public List<string> ReplicaUrls { get; } = [];

    /// <summary>The store's services, for tests that arrange data the way an operator would.</summary>
    public IServiceProvider Services { get; }

    public List<string> KioskUrls { get; } = [];

    public List<DemoMember> Members { get; } = [];

    public static async Task<DemoSystem> StartAsync(DemoOptions options, IProgress<string> progress, CancellationToken cancellationToken)
    {
        ResetFolder(options.DataFolder);
        progress.Report($"Starting the server on SQLite in {options.DataFolder} ...");
        var app = await ServerSetup.StartOnLoopbackAsync(
            options.DataFolder,
            options.ServerPort,
            options.DashboardPort,
            builder => builder.Configuration.AddInMemoryCollection(options.ServerSettings ?? new Dictionary<string, string?>()),
            cancellationToken);
        var system = new DemoSystem(app.Services) { ServerUrl = app.ListeningAddress(), DashboardUrl = app.DashboardAddress() };
        system._stops.Add(async () =>
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        });
        return await system.CompleteAsync(options, progress, cancellationToken);
    }

    /// <summary>
    /// A chain: PostgreSQL started as test.sh starts it, <paramref name="replicas"/> server processes on it
    /// (gRPC on the ports after <see cref="DemoOptions.ServerPort"/>, dashboards from <see cref="DemoOptions.DashboardPort"/>),
    /// HAProxy on <see cref="DemoOptions.ServerPort"/> in front of them, and the kiosks talking to HAProxy.
    /// </summary>
    public static async Task<DemoSystem> StartChainAsync(DemoOptions options, int replicas, IProgress<string> progress, CancellationToken cancellationToken)
    {
        ResetFolder(options.DataFolder);
        progress.Report("Starting PostgreSQL (scripts/postgres.sh) ...");
        var cluster = await PostgresCluster.StartAsync(cancellationToken);
        var settings = new Dictionary<string, string?>(options.ServerSettings ?? new Dictionary<string, string?>())
        {
            ["BackLeg:Store"] = "postgres",
            ["BackLeg:ConnectionString"] = await PostgresDatabases.EnsureAsync(cluster.AdminConnectionString, "backleg", cancellationToken),
        };
        var store = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        store.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.Section);
        var services = store.AddBackLegStore().BuildServiceProvider();
        var system = new DemoSystem(services) { PostgresAdmin = cluster.AdminConnectionString };
        system._stops.Add(async () =>
        {
            await services.DisposeAsync();
            await cluster.DisposeAsync();
        });
        try
        {
            progress.Report("Migrating the PostgreSQL store ...");
            await services.MigrateBackLegStoreAsync();
            foreach (var dashboard in system.StartReplicas(options, replicas, settings, progress))
            {
                await WaitUntilServingAsync($"{dashboard}/signin", cancellationToken);
            }

            await system.StartHaproxyAsync(options, progress, cancellationToken);
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }

        return await system.CompleteAsync(options, progress, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _stops.Count - 1; i >= 0; i--)
        {
            await _stops[i]();
        }

        _stops.Clear();
    }

    /// <summary>Kiosks, staff and members, then the kiosk heads: the same for one gym and a chain. With no kiosk ports, none of them (a bare chain, for the load test).</summary>
    private async Task<DemoSystem> CompleteAsync(DemoOptions options, IProgress<string> progress, CancellationToken cancellationToken)
    {
        if (options.KioskPorts.Count == 0)
        {
            return this;
        }

        try
        {
            var keys = new List<(string Name, string Key, Guid Id)>();
            await using (var scope = Services.CreateAsyncScope())
            {
                for (var i = 1; i <= options.KioskPorts.Count; i++)
                {
                    var (kiosk, key) = await scope.ServiceProvider.GetRequiredService<KioskRegistry>().ProvisionAsync($"Kiosk {i}", cancellationToken);
                    keys.Add((kiosk.Name, key.ToString(), kiosk.Id));
                }

                await scope.ServiceProvider.GetRequiredService<StaffDirectory>().AddStaffAsync(StaffUser, StaffPassword, cancellationToken);
            }

            progress.Report("Seeding demo members ...");
            Members.AddRange(await DemoSeeder.SeedAsync(Services, keys[0].Id, TimeProvider.System.GetUtcNow(), progress));

            for (var i = 0; i < options.KioskPorts.Count; i++)
            {
                progress.Report($"Starting {keys[i].Name} ...");
                KioskUrls.Add(StartKiosk(keys[i].Name, keys[i].Key, options.KioskPorts[i], options.DataFolder));
            }

            foreach (var url in KioskUrls)
            {
                await WaitUntilServingAsync(url, cancellationToken);
            }

            return this;
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the replica processes; returns each one's dashboard address, the first being the one shown.</summary>
    /// <summary>The demo gym's stations, so the Today page has a floor to show and plans pair around it.</summary>
    public static IReadOnlyDictionary<string, string?> DemoFloor { get; } = new Dictionary<string, string?>
    {
        ["BackLeg:Stations:squat-rack"] = "2",
        ["BackLeg:Stations:platform"] = "2",
        ["BackLeg:Stations:pull-up-bar"] = "2",
        ["BackLeg:Stations:cable-station"] = "3",
        ["BackLeg:Stations:leg-press"] = "1",
        ["BackLeg:Stations:hack-squat"] = "1",
    };

    private List<string> StartReplicas(DemoOptions options, int replicas, Dictionary<string, string?> settings, IProgress<string> progress)
    {
        var dll = Path.GetFullPath(BuiltDll("ServerDll", "server"));
        var dashboards = new List<string>();
        for (var i = 0; i < replicas; i++)
        {
            var name = $"Replica {i + 1}";
            var url = $"http://127.0.0.1:{PortAfter(options.ServerPort, i + 1)}";
            var dashboard = $"http://127.0.0.1:{PortAfter(options.DashboardPort, i)}";
            progress.Report($"Starting {name} on {url} ...");
            var environment = settings.Where(s => s.Value is not null).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
            environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            environment["BackLeg__DataFolder"] = Path.Combine(options.DataFolder, $"replica-{i + 1}");
            environment[$"Kestrel__Endpoints__{ServerEndpoints.GrpcName}__Url"] = url;
            environment[$"Kestrel__Endpoints__{ServerEndpoints.GrpcName}__Protocols"] = "Http2";
            environment[$"Kestrel__Endpoints__{ServerEndpoints.DashboardName}__Url"] = dashboard;
            environment[$"Kestrel__Endpoints__{ServerEndpoints.DashboardName}__Protocols"] = "Http1";
            environment["Logging__LogLevel__Default"] = "Warning";
            var process = ChildProcess.Start(name, "dotnet", [dll], environment, Path.GetDirectoryName(dll)!);
            ReplicaUrls.Add(url);
            ReplicaProcesses.Add(process);
            dashboards.Add(dashboard);
            _stops.Add(() => new ValueTask(ChildProcess.StopAsync(process)));
        }

        DashboardUrl = dashboards[0];
        return dashboards;
    }

    /// <summary>The chain's PostgreSQL superuser connection string (a chain only): a benchmark's raw baseline makes its own database there.</summary>
    public string? PostgresAdmin { get; private init; }

    /// <summary>HAProxy's stats socket (a chain only).</summary>
    public string? HaproxyStats { get; private set; }

    /// <summary>The replica processes, in order (a chain only): what a test kills to see the others carry on.</summary>
    public List<Process> ReplicaProcesses { get; } = [];

    private async Task StartHaproxyAsync(DemoOptions options, IProgress<string> progress, CancellationToken cancellationToken)
    {
        if (!File.Exists("/usr/sbin/haproxy"))
        {
            throw new InvalidOperationException("HAProxy is not installed; a chain needs it (sudo apt-get install haproxy).");
        }

        var config = Path.Combine(options.DataFolder, "haproxy.cfg");
        var port = PortAfter(options.ServerPort, 0);
        HaproxyStats = Path.Combine(options.DataFolder, "haproxy.sock");
        File.WriteAllText(config, HaproxyConfig.Render(port, [.. ReplicaUrls.Select(u => new Uri(u).Port)], HaproxyStats));
        ServerUrl = $"http://127.0.0.1:{port}";
        progress.Report($"Starting HAProxy on {ServerUrl} ...");
        var process = ChildProcess.Start("HAProxy", "/usr/sbin/haproxy", ["-db", "-f", config], new Dictionary<string, string>(), options.DataFolder);
        _stops.Add(() => new ValueTask(ChildProcess.StopAsync(process)));

        // HAProxy binds a moment after it starts; its address is printed, and used, only once it accepts.
        await WaitUntilListeningAsync(port, cancellationToken);
    }

    private static async Task WaitUntilListeningAsync(int port, CancellationToken cancellationToken)
    {
        var until = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException) when (until.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    /// <summary>The configured port plus an offset, or a free port when the caller asked for any (0).</summary>
    private static int PortAfter(int port, int offset) => port == 0 ? FreePort() : port + offset;

    /// <summary>A port free on 127.0.0.1 now, for the demo's parts and the tests that start one.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void ResetFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
    }

    private static string BuiltDll(string key, string what)
    {
        var dll = typeof(DemoSystem).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"The {what} is not built; run 'dotnet build' first.", dll);
    }

    private string StartKiosk(string name, string deviceKey, int port, string dataFolder)
    {
        var dll = Path.GetFullPath(BuiltDll("KioskDll", "kiosk head"));
        var url = $"http://127.0.0.1:{port}";
        var process = ChildProcess.Start(name, "dotnet", [dll], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Urls"] = url,
            ["Kiosk__Name"] = name,
            ["Kiosk__ServerAddress"] = ServerUrl,
            ["Kiosk__DeviceKey"] = deviceKey,
            ["Kiosk__OutboxPath"] = Path.Combine(dataFolder, $"{name.Replace(' ', '-')}.outbox.db"),
            ["Logging__LogLevel__Default"] = "Warning",
        }, Path.GetDirectoryName(dll)!);

        // The outbox is on disk before a set shows as saved, so ending the process loses nothing.
        _stops.Add(() => new ValueTask(ChildProcess.StopAsync(process)));
        return url;
    }

    private static async Task WaitUntilServingAsync(string url, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var until = Stopwatch.StartNew();
        while (until.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                if ((await http.GetAsync(new Uri(url), cancellationToken)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Not answering yet.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"{url} did not start serving within a minute.");
    }
}
