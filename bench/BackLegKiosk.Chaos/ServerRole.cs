using BackLegKiosk.Server;
using Microsoft.Extensions.Hosting;

namespace BackLegKiosk.Chaos;

/// <summary>The server as its own process, so the orchestrator can kill it mid-push.</summary>
internal static class ServerRole
{
    public static async Task<int> RunAsync(string folder, int port)
    {
        await using var app = await ServerSetup.StartOnLoopbackAsync(folder, port, configure: Orchestrator.Flood);
        Console.WriteLine("ready");
        await app.WaitForShutdownAsync();
        return 0;
    }
}
