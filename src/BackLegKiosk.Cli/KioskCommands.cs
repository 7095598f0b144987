using System.CommandLine;
using BackLegKiosk.Server.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Cli;

/// <summary><c>kiosk add|pair-code|revoke|rotate</c> and <c>staff add|revoke|grant</c>: provisioning the devices and people that use the server.</summary>
internal static class KioskCommands
{
    public static Command Kiosk(TextWriter output, TextWriter error, TimeProvider time) =>
        new("kiosk", "Kiosk devices.") { Add(output, error, time), PairCode(output, error, time), Revoke(output, error, time), Rotate(output, error, time) };

    private static Command Add(TextWriter output, TextWriter error, TimeProvider time)
    {
        var name = new Option<string>("--name") { Description = "Kiosk name, unique (e.g. \"Rack 3\")", Required = true };
        var showKey = new Option<bool>("--show-key") { Description = "Also print the device key, for a kiosk set up by hand instead of paired" };
        var add = new Command("add", "Provision a kiosk and print a one-time pairing code (10 minutes) for it.") { name, showKey };
        add.SetAction((result, cancellationToken) => Operations.RunAsync(error, async () =>
        {
            await using var store = await Store.OpenAsync(result, time);
            await using var scope = store.CreateAsyncScope();
            var registry = scope.ServiceProvider.GetRequiredService<KioskRegistry>();
            var (kiosk, key) = await registry.ProvisionAsync(result.GetValue(name), cancellationToken);
            PrintCode(output, await registry.IssuePairingCodeAsync(kiosk.Name, cancellationToken));
            return result.GetValue(showKey) ? PrintKey(output, scope, kiosk, key) : 0;
        }));
        return add;
    }

    private static Command PairCode(TextWriter output, TextWriter error, TimeProvider time)
    {
        var name = new Option<string>("--name") { Description = "Kiosk name", Required = true };
        var pairCode = new Command("pair-code", "Print a new one-time pairing code for a kiosk (re-pairing a replaced device); the old code stops.") { name };
        pairCode.SetAction((result, cancellationToken) => Operations.RunAsync(error, async () =>
        {
            await using var store = await Store.OpenAsync(result, time);
            await using var scope = store.CreateAsyncScope();
            PrintCode(output, await scope.ServiceProvider.GetRequiredService<KioskRegistry>().IssuePairingCodeAsync(result.GetValue(name), cancellationToken));
            return 0;
        }));
        return pairCode;
    }

    private static Command Revoke(TextWriter output, TextWriter error, TimeProvider time)
    {
        var name = new Option<string>("--name") { Description = "Kiosk name", Required = true };
        var revoke = new Command("revoke", "Revoke a kiosk's key: its next call is refused and its open streams end.") { name };
        revoke.SetAction((result, cancellationToken) => Operations.RunAsync(error, async () =>
        {
            await using var store = await Store.OpenAsync(result, time);
            await using var scope = store.CreateAsyncScope();
            var kiosk = await scope.ServiceProvider.GetRequiredService<KioskRegistry>().RevokeAsync(result.GetValue(name), cancellationToken);
            output.WriteLine($"Kiosk '{kiosk.Name}': key revoked. 'backleg kiosk rotate' gives it a new one.");
            return 0;
        }));
        return revoke;
    }

    private static Command Rotate(TextWriter output, TextWriter error, TimeProvider time)
    {
        var name = new Option<string>("--name") { Description = "Kiosk name", Required = true };
        var rotate = new Command("rotate", "Give a kiosk a new key (shown once); the old one is refused from its next call.") { name };
        rotate.SetAction((result, cancellationToken) => Operations.RunAsync(error, async () =>
        {
            await using var store = await Store.OpenAsync(result, time);
            await using var scope = store.CreateAsyncScope();
            var (kiosk, key) = await scope.ServiceProvider.GetRequiredService<KioskRegistry>().RotateKeyAsync(result.GetValue(name), cancellationToken);
            return PrintKey(output, scope, kiosk, key);
        }));
        return rotate;
    }

    private static void PrintCode(TextWriter output, string code)
    {
        output.WriteLine($"Pairing code (once, for {KioskRegistry.PairingLifetime.TotalMinutes:0} minutes): {code}");
        output.WriteLine($"On the kiosk: BackLegKiosk.Kiosk --pair {code} --server <the server's gRPC address>");
    }

    // The certificate is the one the server presents on https (made in the data folder if missing), so the
    // operator sets up the kiosk with both values it needs from one command.
    private static int PrintKey(TextWriter output, AsyncServiceScope scope, Server.Data.Entities.KioskEntity kiosk, Server.Security.DeviceKey key)
    {
        var certificate = Server.Security.ServerCertificate.LoadOrCreate(scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Server.ServerOptions>>().Value);
        output.WriteLine($"Kiosk '{kiosk.Name}' ({kiosk.Id})");
        output.WriteLine($"Device key (shown once, store it on the kiosk): {key}");
        output.WriteLine($"Server certificate fingerprint (Kiosk:ServerFingerprint, for https): {Server.Security.ServerCertificate.Fingerprint(certificate)}");
        return 0;
    }

    public static Command Staff(TextWriter output, TextWriter error, TimeProvider time, TextReader input)
    {
        var username = new Option<string>("--username") { Description = "Sign-in name", Required = true };
        var password = new Option<string?>("--password") { Description = "Password (10+ characters); omit to read it from standard input" };
        var add = new Command("add", "Add a staff account for the dashboard and staff RPCs.") { username, password };
        add.SetAction((result, cancellationToken) => Operations.RunAsync(error, async () =>
        {
            var secret = result.GetValue(password) ?? (await input.ReadLineAsync(cancellationToken))?.Trim();
            await using var store = await Store.OpenAsync(result, time);
            await using var scope = store.CreateAsyncScope();
            var account = await scope.ServiceProvider.GetRequiredService<StaffDirectory>().AddStaffAsync(result.GetValue(username), secret, cancellationToken);
            output.WriteLine($"Staff account '{account.Username}' added.");
            return 0;
        }));
        return new Command("staff", "Staff accounts.")
        {
            add,
            RoleCommand("revoke", "Take staff access away: the dashboard and staff RPCs refuse the account at its next request.", Server.Security.Policies.RevokedRole),
            RoleCommand("grant", "Give staff access back to an account.", Server.Security.Policies.StaffRole),
        };

        Command RoleCommand(string name, string description, string role)
        {
            var who = new Option<string>("--username") { Description = "Sign-in name", Required = true };
            var command = new Command(name, description) { who };
            command.SetAction((result, cancellationToken) => Operations.RunAsync(error, async () =>
            {
                await using var store = await Store.OpenAsync(result, time);
                await using var scope = store.CreateAsyncScope();
                var account = await scope.ServiceProvider.GetRequiredService<StaffDirectory>().SetRoleAsync(result.GetValue(who), role, cancellationToken);
                output.WriteLine($"Staff account '{account.Username}' now has the role '{account.Role}'.");
                return 0;
            }));
            return command;
        }
    }
}
