using System.CommandLine;
using BackLegKiosk.Server;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Cli;

/// <summary>
/// Operator commands work on the server's database directly (the same store, migrations and rules
/// as the server), so they also work before the first staff account exists.
/// </summary>
internal static class Store
{
    public static readonly Option<string?> DataFolder = new("--data")
    {
        Description = $"The server's data folder (holds backleg.db); default {ServerOptions.DefaultDataFolder}",
        Recursive = true,
    };

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "A connection string instead of --data (needed with --store postgres)",
        Recursive = true,
    };

    public static readonly Option<string> Kind = new("--store")
    {
        Description = "The server's store: sqlite (default) or postgres",
        Recursive = true,
        DefaultValueFactory = _ => "sqlite",
    };

    /// <summary>The store options, with their one rule across options: PostgreSQL has no default place.</summary>
    public static void AddTo(RootCommand root)
    {
        Kind.AcceptOnlyFromAmong("sqlite", "postgres");
        root.Options.Add(DataFolder);
        root.Options.Add(Connection);
        root.Options.Add(Kind);
        Kind.Validators.Add(result =>
        {
            if (result.GetValue(Kind) == "postgres" && string.IsNullOrWhiteSpace(result.GetValue(Connection)))
            {
                result.AddError("--store postgres needs --connection (Host=…;Database=…;Username=…;Password=…).");
            }
        });
    }

    public static async Task<ServiceProvider> OpenAsync(ParseResult result, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddOptions<ServerOptions>().Configure(o =>
        {
            o.DataFolder = result.GetValue(DataFolder) ?? string.Empty;
            o.ConnectionString = result.GetValue(Connection);
            o.Store = result.GetValue(Kind)!;
        });

        services.AddBackLegStore();
        var provider = services.BuildServiceProvider();
        await provider.MigrateBackLegStoreAsync();
        return provider;
    }
}
