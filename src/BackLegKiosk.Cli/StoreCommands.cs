using System.CommandLine;
using BackLegKiosk.Server;
using BackLegKiosk.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Cli;

/// <summary>Moving a gym's store: its SQLite history into the empty PostgreSQL database of a chain.</summary>
internal static class StoreCommands
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider time)
    {
        var to = new Option<string>("--to") { Description = "The chain's PostgreSQL connection string (Host=…;Database=…;Username=…;Password=…); the database must be empty", Required = true };
        var copy = new Command("copy-to-postgres", "Copy this gym's whole history from its SQLite store (--data) into an empty PostgreSQL database, in one transaction.") { to };
        copy.SetAction((result, cancellationToken) => Operations.RunAsync(error, async () =>
        {
            await using var source = await Store.OpenAsync(result, time);
            await using var scope = source.CreateAsyncScope();
            var from = scope.ServiceProvider.GetRequiredService<BackLegDbContext>();
            var target = new DbContextOptionsBuilder<BackLegDbContext>().UseBackLegStore(new ServerOptions { Store = "postgres", ConnectionString = result.GetValue(to) });
            await using var into = new BackLegDbContext((DbContextOptions<BackLegDbContext>)target.Options);
            await StoreCopy.CopyAsync(from, into, output.WriteLine, cancellationToken);
            output.WriteLine("Copied. Start every replica with BackLeg:Store=postgres and this connection string; staff sign in again.");
            return 0;
        }));
        return new Command("store", "The server's store.") { copy };
    }
}
