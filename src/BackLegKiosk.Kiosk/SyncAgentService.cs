using BackLegKiosk.Kiosk.Core;

namespace BackLegKiosk.Kiosk;

/// <summary>Runs the sync agent for the life of the kiosk process; on stop it gets a moment to drain.</summary>
public sealed class SyncAgentService(SyncAgent agent) : IHostedService
{
    private readonly Lock _gate = new();
    private Task? _stopping;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        agent.Start();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Drains and stops the agent once, however often the host asks: a host stopped from outside while its
    /// own run loop also stops it calls this twice at once, and the second call must wait for the same
    /// drain, or the host would dispose the outbox under the first (seen in a loaded CI run).
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _stopping ??= DrainAndStopAsync(cancellationToken);
        }
    }

    private async Task DrainAndStopAsync(CancellationToken cancellationToken)
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
