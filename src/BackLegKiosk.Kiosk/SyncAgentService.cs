using BackLegKiosk.Kiosk.Core;

namespace BackLegKiosk.Kiosk;

/// <summary>Runs the sync agent for the life of the kiosk process; on stop it gets a moment to drain.</summary>
public sealed class SyncAgentService(SyncAgent agent) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        agent.Start();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await agent.WhenDrainedAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Whatever is left stays in the outbox and goes at the next start.
        }

        await agent.DisposeAsync();
    }
}
