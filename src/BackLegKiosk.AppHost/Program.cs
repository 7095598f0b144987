using System.Runtime.InteropServices;
using BackLegKiosk.AppHost;

// One command for the whole system: server, two kiosks, demo members. Ctrl+C stops everything.
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
    system = await DemoSystem.StartAsync(
        new DemoOptions(data, ServerPort: 5080, DashboardPort: 5090, KioskPorts: [5101, 5102]),
        new ConsoleProgress(),
        stop.Token);
}
catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    Console.Error.WriteLine($"error: {ex.Message} Is BackLegKiosk (or something else) already running on ports 5080, 5090, 5101 or 5102?");
    return 1;
}

await using var running = system;

Console.WriteLine();
Console.WriteLine($"gRPC server: {system.ServerUrl}");
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
