using System.Diagnostics;
using System.Reflection;
using BackLegKiosk.Server;
using BackLegKiosk.Server.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.AppHost;

/// <summary>
/// The whole system on one machine: the server on SQLite, two provisioned kiosks each running its own
/// head process, a staff account and the demo members with history. Used by the one command and by the
/// browser tests.
/// </summary>
public sealed class DemoSystem : IAsyncDisposable
{
    public const string StaffUser = "coach";
    public const string StaffPassword = "backleg-demo";

    private readonly WebApplication _server;
    private readonly List<Process> _kiosks = [];

    private DemoSystem(WebApplication server)
    {
        _server = server;
        ServerUrl = server.ListeningAddress();
        DashboardUrl = server.DashboardAddress();
    }

    public string ServerUrl { get; }

    public string DashboardUrl { get; }

    /// <summary>The in-process server's services, for tests that arrange data the way an operator would.</summary>
    public IServiceProvider Services => _server.Services;

    public List<string> KioskUrls { get; } = [];

    public List<DemoMember> Members { get; } = [];

    public static async Task<DemoSystem> StartAsync(DemoOptions options, IProgress<string> progress, CancellationToken cancellationToken)
    {
        if (Directory.Exists(options.DataFolder))
        {
            Directory.Delete(options.DataFolder, recursive: true);
        }

        Directory.CreateDirectory(options.DataFolder);
        progress.Report($"Starting the server on SQLite in {options.DataFolder} ...");
        var app = await ServerSetup.StartOnLoopbackAsync(
            options.DataFolder,
            options.ServerPort,
            options.DashboardPort,
            builder => builder.Configuration.AddInMemoryCollection(options.ServerSettings ?? new Dictionary<string, string?>()),
            cancellationToken);
        var system = new DemoSystem(app);
        try
        {
            var keys = new List<(string Name, string Key, Guid Id)>();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                for (var i = 1; i <= options.KioskPorts.Count; i++)
                {
                    var (kiosk, key) = await scope.ServiceProvider.GetRequiredService<KioskRegistry>().ProvisionAsync($"Kiosk {i}", cancellationToken);
                    keys.Add((kiosk.Name, key.ToString(), kiosk.Id));
                }

                await scope.ServiceProvider.GetRequiredService<StaffDirectory>().AddStaffAsync(StaffUser, StaffPassword, cancellationToken);
            }

            progress.Report("Seeding demo members ...");
            system.Members.AddRange(await DemoSeeder.SeedAsync(app.Services, keys[0].Id, TimeProvider.System.GetUtcNow(), progress));

            for (var i = 0; i < options.KioskPorts.Count; i++)
            {
                progress.Report($"Starting {keys[i].Name} ...");
                system.KioskUrls.Add(system.StartKiosk(keys[i].Name, keys[i].Key, options.KioskPorts[i], options.DataFolder));
            }

            foreach (var url in system.KioskUrls)
            {
                await WaitUntilServingAsync(url, cancellationToken);
            }

            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var kiosk in _kiosks)
        {
            if (!kiosk.HasExited)
            {
                // The outbox is on disk before a set shows as saved, so ending the process loses nothing.
                kiosk.Kill(entireProcessTree: true);
                await kiosk.WaitForExitAsync();
            }

            kiosk.Dispose();
        }

        await _server.StopAsync();
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static string KioskDll() =>
        typeof(DemoSystem).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "KioskDll").Value!;

    private string StartKiosk(string name, string deviceKey, int port, string dataFolder)
    {
        var dll = Path.GetFullPath(KioskDll());
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("The kiosk head is not built; run 'dotnet build' first.", dll);
        }

        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Urls"] = url;
        start.Environment["Kiosk__Name"] = name;
        start.Environment["Kiosk__ServerAddress"] = ServerUrl;
        start.Environment["Kiosk__DeviceKey"] = deviceKey;
        start.Environment["Kiosk__OutboxPath"] = Path.Combine(dataFolder, $"{name.Replace(' ', '-')}.outbox.db");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"[{name}] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _kiosks.Add(process);
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

        throw new TimeoutException($"The kiosk at {url} did not start within a minute.");
    }
}
