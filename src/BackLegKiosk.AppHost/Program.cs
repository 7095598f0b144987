using System.Runtime.InteropServices;
using BackLegKiosk.AppHost;

// One command for the whole system: server, two kiosks, demo members. Ctrl+C stops everything.
// "--store postgres --replicas N" runs a chain instead: PostgreSQL, N server processes and HAProxy.
if (ChainArguments.Parse(args) is not { } chain)
{
    return 2;
}

var data = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "BackLegKiosk", "demo");
using var stop = new CancellationTokenSource();

// Ctrl+C, and SIGTERM from a service manager or `kill`, end the same orderly way.
void Stop(PosixSignalContext signal)
{
    signal.Cancel = true;
    stop.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

DemoSystem system;
try
{
    var options = new DemoOptions(data, ServerPort: 5080, DashboardPort: 5090, KioskPorts: [5101, 5102], ServerSettings: DemoSystem.DemoFloor);
    system = chain.Replicas == 0
        ? await DemoSystem.StartAsync(options, new ConsoleProgress(), stop.Token)
        : await DemoSystem.StartChainAsync(options, chain.Replicas, new ConsoleProgress(), stop.Token);
}
catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    Console.Error.WriteLine($"error: {ex.Message} Is BackLegKiosk (or something else) already running on ports 5080, 5090, 5101 or 5102?");
    return 1;
}
catch (InvalidOperationException ex) when (chain.Replicas > 0)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}

await using var running = system;

Console.WriteLine();
Console.WriteLine($"gRPC server: {system.ServerUrl}");
for (var i = 0; i < system.ReplicaUrls.Count; i++)
{
    Console.WriteLine($"Replica {i + 1}: {system.ReplicaUrls[i]}");
}

for (var i = 0; i < system.KioskUrls.Count; i++)
{
    Console.WriteLine($"Kiosk {i + 1}: {system.KioskUrls[i]}");
}

Console.WriteLine($"Staff dashboard: {system.DashboardUrl}");

Console.WriteLine();
Console.WriteLine("Demo members (member code / PIN):");
foreach (var member in system.Members)
{
    Console.WriteLine($"  {member.Code} / {member.Pin}  {member.Name} - {member.Story}");
}

Console.WriteLine($"Staff account: {DemoSystem.StaffUser} / {DemoSystem.StaffPassword}");
Console.WriteLine("Press Ctrl+C to stop.");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    Console.WriteLine("Stopping ...");
}

return 0;
