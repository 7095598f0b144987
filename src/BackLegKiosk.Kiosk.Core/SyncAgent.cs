using BackLegKiosk.Contracts.V1;
using CommunityToolkit.Mvvm.ComponentModel;
using Grpc.Core;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>
/// Drains the outbox to the server in order: batches under a deadline, exponential backoff with jitter
/// while the server is away, and nothing lost across a kiosk restart because the outbox is on disk.
/// </summary>
public sealed partial class SyncAgent : ObservableObject, IAsyncDisposable
{
    private readonly Outbox _outbox;
    private readonly SyncService.SyncServiceClient _client;
    private readonly KioskService.KioskServiceClient _kiosk;
    private readonly string _deviceKey;
    private readonly TimeProvider _time;
    private readonly SyncAgentOptions _options;
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;
    private DateTimeOffset _lastHeartbeat = DateTimeOffset.MinValue;
    private int _disposed;

    public SyncAgent(Outbox outbox, ChannelBase channel, string deviceKey, TimeProvider time, SyncAgentOptions? options = null)
    {
        _outbox = outbox;
        _client = new SyncService.SyncServiceClient(channel);
        _kiosk = new KioskService.KioskServiceClient(channel);
        _deviceKey = deviceKey;
        _time = time;
        _options = options ?? new SyncAgentOptions();
        _outbox.Added += (_, _) => _wake.Release();
    }

    [ObservableProperty]
    public partial SyncState State { get; private set; } = SyncState.Syncing;

    /// <summary>Facts stored on the kiosk and not yet on the server.</summary>
    [ObservableProperty]
    public partial int Pending { get; private set; }

    /// <summary>Facts the server refused (bad data or an ended check-in); kept locally for staff.</summary>
    [ObservableProperty]
    public partial int Refused { get; private set; }

    [ObservableProperty]
    public partial DateTimeOffset? LastSyncAt { get; private set; }

    public void Start() => _loop ??= Task.Run(() => RunAsync(_stop.Token));

    /// <summary>Pushes now instead of waiting for the next wake-up (after the network comes back, say).</summary>
    public void Nudge() => _wake.Release();

    /// <summary>Waits until the outbox is empty; for an orderly shutdown and for tests.</summary>
    public async Task WhenDrainedAsync(CancellationToken cancellationToken)
    {
        while (await _outbox.PendingCountAsync(cancellationToken) > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The kiosk's hosted service stops the agent and then the container disposes it again.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }

        _stop.Dispose();
        _wake.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SyncUntilStoppedAsync(cancellationToken);
        }
        catch (Exception ex) when (ex.IsStopBy(cancellationToken))
        {
            // Stopping is the normal end of the loop, and must not escape DisposeAsync.
        }
    }

    private async Task SyncUntilStoppedAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var pushed = await TryPushAsync(cancellationToken);
            Pending = await _outbox.PendingCountAsync(cancellationToken);
            Refused = await _outbox.RefusedCountAsync(cancellationToken);
            if (pushed is not null && (Pending == 0 || _time.GetUtcNow() - _lastHeartbeat >= _options.HeartbeatInterval) && !await TryHeartbeatAsync(cancellationToken))
            {
                pushed = null;
            }

            if (pushed is null)
            {
                failures++;
                State = SyncState.Offline;
                await WaitAsync(Backoff(failures), cancellationToken);
            }
            else
            {
                failures = 0;
                State = Pending == 0 ? SyncState.Online : SyncState.Syncing;
                if (Pending == 0)
                {
                    await WaitAsync(_options.HeartbeatInterval, cancellationToken);
                }
            }
        }
    }

    /// <summary>Pushes one batch; the number of facts settled, or null when the server could not be reached.</summary>
    private async Task<int?> TryPushAsync(CancellationToken cancellationToken)
    {
        var batch = await _outbox.PeekAsync(_options.BatchSize, cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        // One push carries one check-in's facts, oldest first, so order holds across members.
        var run = batch.TakeWhile(e => e.CheckInToken == batch[0].CheckInToken).ToList();
        var request = new PushFactsRequest();
        request.Facts.Add(run.Select(e => e.Fact));
        var headers = new Metadata { { "x-device-key", _deviceKey }, { "x-checkin-token", run[0].CheckInToken } };
        State = SyncState.Syncing;
        try
        {
            var response = await _client.PushFactsAsync(request, headers, _time.GetUtcNow().UtcDateTime + _options.Deadline, cancellationToken);
            var settled = run.Zip(response.Results).ToList();
            await _outbox.MarkSentAsync(settled.Where(s => s.Second.Outcome != FactOutcome.Rejected).Select(s => s.First.Position), cancellationToken);
            await _outbox.MarkRefusedAsync(settled.Where(s => s.Second.Outcome == FactOutcome.Rejected).Select(s => (s.First.Position, $"{s.Second.Field}: {s.Second.Reason}")), cancellationToken);
            LastSyncAt = _time.GetUtcNow();
            return run.Count;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unauthenticated or StatusCode.InvalidArgument or StatusCode.PermissionDenied)
        {
            // These will never succeed on retry (the check-in ended, or the batch itself is bad): keep them aside.
            await _outbox.MarkRefusedAsync(run.Select(e => (e.Position, $"{ex.StatusCode}: {ex.Status.Detail}")), cancellationToken);
            return run.Count;
        }
        catch (RpcException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Tells the server this kiosk is alive and what its outbox holds; false when it could not be reached.</summary>
    private async Task<bool> TryHeartbeatAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _kiosk.HeartbeatAsync(
                new HeartbeatRequest { PendingFacts = Pending, RefusedFacts = Refused },
                new Metadata { { "x-device-key", _deviceKey } },
                _time.GetUtcNow().UtcDateTime + _options.Deadline,
                cancellationToken);
            _lastHeartbeat = _time.GetUtcNow();
            return true;
        }
        catch (RpcException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var exponential = _options.FirstRetry * Math.Pow(2, Math.Min(failures - 1, 16));
        var capped = exponential < _options.MaxRetry ? exponential : _options.MaxRetry;

        // Full jitter between half and all of the step, so kiosks that lost the server together do not return together.
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }

    private async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var delay = timeout == Timeout.InfiniteTimeSpan ? Task.Delay(Timeout.Infinite, timer.Token) : Task.Delay(timeout, _time, timer.Token);
            await Task.WhenAny(delay, _wake.WaitAsync(timer.Token));
        }
        finally
        {
            await timer.CancelAsync();
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
