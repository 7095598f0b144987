using BackLegKiosk.Contracts.V1;
using CommunityToolkit.Mvvm.ComponentModel;
using Grpc.Core;
using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>
/// Drains the outbox to the server in order, each member's check-out behind their facts. While the
/// server is away, or the kiosk's own storage fails, it retries without end (Polly, on the kiosk's
/// <see cref="TimeProvider"/>): the n-th wait is drawn around <c>FirstRetry × 2^n</c> by Polly's
/// decorrelated jitter, seeded by <see cref="SyncAgentOptions.JitterSeed"/>, and capped at <c>MaxRetry</c>; nothing leaves the outbox
/// until the server has stored it, and what the server refuses stays as a dead letter with its reason.
/// </summary>
public sealed partial class SyncAgent : ObservableObject, IAsyncDisposable
{
    /// <summary>The outbox counter that remembers which staff resend request was acted on, across restarts.</summary>
    internal const string ResendCounter = "resend-requests-done";

    /// <summary>The outbox counter that keeps the server clock's offset, so a restarted kiosk offline from the start still stamps the server's time.</summary>
    internal const string OffsetCounter = "server-clock-offset-ms";

    /// <summary>Reasons a heartbeat carries at most (the server's limit).</summary>
    private const int MaxReasons = 10;
    private const int MaxReasonLength = 300;
    private const int MaxProblemLength = 200;

    private readonly Outbox _outbox;
    private readonly KioskTransport _transport;
    private readonly TimeProvider _time;
    private readonly SyncAgentOptions _options;
    private readonly ServerAlignedClock? _aligned;
    private readonly ResiliencePipeline _retry;
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;
    private DateTimeOffset _lastHeartbeat = DateTimeOffset.MinValue;
    private int _batchSize;
    private bool _batchSizeKnown;

    /// <summary>Erased sessions purged here that the next heartbeat is to name, so the server can forget them.</summary>
    private List<string> _purged = [];
    private int _disposed;

    /// <summary>An agent for one outbox; <paramref name="aligned"/>, when given, is the clock the kiosk stamps facts with, set by the server's at each heartbeat.</summary>
    public SyncAgent(Outbox outbox, KioskTransport transport, TimeProvider time, SyncAgentOptions? options = null, ServerAlignedClock? aligned = null)
    {
        _outbox = outbox;
        _aligned = aligned;
        _transport = transport;
        _time = time;
        _options = options ?? new SyncAgentOptions();
        _batchSize = _options.BatchSize;
        _outbox.Added += (_, _) => _wake.Release();
        _retry = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                // Anything but the agent's own stop is waited out and tried again: a kiosk whose sync loop
                // ended would keep saying "saved" for sets that never leave it.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && !ex.IsStopBy(args.Context.CancellationToken)),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Randomizer = new Random(_options.JitterSeed).NextDouble,
                Delay = _options.FirstRetry,
                MaxDelay = _options.MaxRetry,
                DelayGenerator = args => ValueTask.FromResult(ServerAskedToWait(args.Outcome.Exception)),
                OnRetry = OnRetryAsync,
            })
            .Build();
    }

    [ObservableProperty]
    public partial SyncState State { get; private set; } = SyncState.Syncing;

    /// <summary>Facts stored on the kiosk and not yet on the server.</summary>
    [ObservableProperty]
    public partial int Pending { get; private set; }

    /// <summary>Facts the server refused, kept as dead letters until staff ask for them again.</summary>
    [ObservableProperty]
    public partial int Refused { get; private set; }

    /// <summary>What fails in the kiosk's own outbox storage (disk full, a damaged file); null while it works.</summary>
    [ObservableProperty]
    public partial string? StorageProblem { get; private set; }

    [ObservableProperty]
    public partial DateTimeOffset? LastSyncAt { get; private set; }

    /// <summary>The most facts one push carries: the kiosk's own setting, lowered to what the server says it takes.</summary>
    public int BatchSize => _batchSize;

    public void Start() => _loop ??= Task.Run(() => RunAsync(_stop.Token));

    /// <summary>Pushes now instead of waiting for the next wake-up (after the network comes back, say).</summary>
    public void Nudge() => _wake.Release();

    /// <summary>Waits until nothing is pending; for an orderly shutdown and for tests.</summary>
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

    private static bool IsTransient(RpcException ex) =>
        ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted
            or StatusCode.Internal or StatusCode.Unknown or StatusCode.Aborted or StatusCode.Cancelled;

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_aligned is not null)
            {
                _aligned.Offset = TimeSpan.FromMilliseconds(await _retry.ExecuteAsync(ct => new ValueTask<long>(_outbox.CounterAsync(OffsetCounter, ct)), cancellationToken));
            }

            while (!cancellationToken.IsCancellationRequested)
            {
                await _retry.ExecuteAsync(DrainAsync, cancellationToken);
                await WaitAsync(_options.HeartbeatInterval, cancellationToken);
            }
        }
        catch (Exception ex) when (ex.IsStopBy(cancellationToken))
        {
            // Stopping is the normal end of the loop, and must not escape DisposeAsync.
        }
    }

    /// <summary>One pass: learn the server's batch limit, push until nothing is pending, report, purge.</summary>
    private async ValueTask DrainAsync(CancellationToken cancellationToken)
    {
        if (!_batchSizeKnown)
        {
            await HeartbeatAsync(cancellationToken);
        }

        while (await PushOnceAsync(cancellationToken) > 0)
        {
            await CountAsync(cancellationToken);
            if (_time.GetUtcNow() - _lastHeartbeat >= _options.HeartbeatInterval)
            {
                await HeartbeatAsync(cancellationToken);
            }
        }

        await CountAsync(cancellationToken);
        StorageProblem = null;
        await HeartbeatAsync(cancellationToken);
        await _outbox.PurgeDeliveredAsync(_time.GetUtcNow() - _options.KeepDelivered, cancellationToken);
        State = Pending == 0 ? SyncState.Online : SyncState.Syncing;
    }

    private async Task CountAsync(CancellationToken cancellationToken)
    {
        Pending = await _outbox.PendingCountAsync(cancellationToken);
        Refused = await _outbox.RefusedCountAsync(cancellationToken);
    }

    /// <summary>Settles the next run of entries; how many were settled (0 when nothing is pending).</summary>
    private async Task<int> PushOnceAsync(CancellationToken cancellationToken)
    {
        var batch = await _outbox.PeekAsync(_batchSize, cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        State = SyncState.Syncing;
        if (batch[0].IsCheckOut)
        {
            await CheckOutAsync(batch[0], cancellationToken);
            return 1;
        }

        // One push carries one check-in's facts, oldest first, so order holds across members.
        var run = batch.TakeWhile(e => !e.IsCheckOut && e.CheckInToken == batch[0].CheckInToken).ToList();
        var request = new PushFactsRequest();
        request.Facts.Add(run.Select(e => e.Fact));
        try
        {
            var response = await _transport.Sync(run[0].CheckInToken).PushFactsAsync(request, cancellationToken: cancellationToken);
            var settled = run.Zip(response.Results).ToList();
            var now = _time.GetUtcNow();
            await _outbox.MarkSentAsync(settled.Where(s => s.Second.Outcome != FactOutcome.Rejected).Select(s => s.First.Position), now, cancellationToken);
            await _outbox.MarkRefusedAsync(settled.Where(s => s.Second.Outcome == FactOutcome.Rejected).Select(s => (s.First.Position, Reason(s.Second))), now, cancellationToken);
            LastSyncAt = now;
            return run.Count;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.InvalidArgument && run.Count > 1)
        {
            // A whole batch refused as malformed is most often one larger than this server takes: halve it
            // and go on, down to single facts, where a refusal can only be about the fact itself.
            _batchSize = Math.Max(1, run.Count / 2);
            return run.Count;
        }
        catch (RpcException ex) when (!IsTransient(ex))
        {
            // Refused for good as it stands (a bad fact, a revoked key, a check-in past its delivery
            // window): kept as dead letters that staff see and can have sent again.
            await _outbox.MarkRefusedAsync(run.Select(e => (e.Position, Shorten($"{ex.StatusCode}: {ex.Status.Detail}", MaxReasonLength))), _time.GetUtcNow(), cancellationToken);
            return run.Count;
        }
    }

    /// <summary>Ends a check-in whose facts are all delivered; one that already ended on the server is settled too.</summary>
    private async Task CheckOutAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await _transport.Kiosk(entry.CheckInToken).CheckOutAsync(new CheckOutRequest(), cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (!IsTransient(ex))
        {
            // Expired, or already checked out: the token gates nothing any more, which is all a check-out is for.
        }

        await _outbox.MarkSentAsync([entry.Position], _time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Tells the server this kiosk is alive and what its outbox holds; learns its batch limit and acts on a staff resend.</summary>
    private Task HeartbeatAsync(CancellationToken cancellationToken) => HeartbeatAsync(acknowledging: false, cancellationToken);

    private async Task HeartbeatAsync(bool acknowledging, CancellationToken cancellationToken)
    {
        var done = await _outbox.CounterAsync(ResendCounter, cancellationToken);
        var request = new HeartbeatRequest { PendingFacts = Pending, RefusedFacts = Refused, ResendRequestsDone = done, StorageProblem = StorageProblem ?? string.Empty };
        request.DeadLetters.Add((await _outbox.DeadLettersAsync(MaxReasons, cancellationToken)).Select(d => new DeadLetterReason { Reason = Shorten(d.Reason, MaxReasonLength), Count = d.Count }));
        request.PurgedSessionIds.Add(_purged);
        var response = await _transport.Kiosk().HeartbeatAsync(request, cancellationToken: cancellationToken);
        _purged = [];
        _lastHeartbeat = _time.GetUtcNow();
        if (_aligned is not null && response.ServerTime is { } serverTime)
        {
            _aligned.Align(serverTime.ToDateTimeOffset());
            await _outbox.SetCounterAsync(OffsetCounter, (long)_aligned.Offset.TotalMilliseconds, cancellationToken);
        }

        if (response.MaxPushFacts > 0)
        {
            _batchSize = Math.Min(_options.BatchSize, response.MaxPushFacts);
            _batchSizeKnown = true;
        }

        if (response.ResendRequests > done)
        {
            await _outbox.RequeueRefusedAsync(cancellationToken);
            await _outbox.SetCounterAsync(ResendCounter, response.ResendRequests, cancellationToken);
            await CountAsync(cancellationToken);
            _wake.Release();
        }

        if (response.ErasedSessionIds.Count > 0)
        {
            // An erased member's sessions go from this outbox at once; saying so right away lets the server
            // drop its notices (the last trace of the session ids) without waiting a whole interval. Once per
            // heartbeat: further ids are acknowledged on the next one, so a server that kept naming them could not loop us.
            await _outbox.PurgeSessionsAsync(response.ErasedSessionIds, cancellationToken);
            await CountAsync(cancellationToken);
            _purged = [.. response.ErasedSessionIds];
            if (!acknowledging)
            {
                await HeartbeatAsync(acknowledging: true, cancellationToken);
            }
        }
    }

    /// <summary>A server too busy to take a push says how long to wait (its retry-after trailer); null leaves the backoff to decide.</summary>
    private static TimeSpan? ServerAskedToWait(Exception? exception) =>
        exception is RpcException { StatusCode: StatusCode.ResourceExhausted } busy
            && int.TryParse(busy.Trailers.GetValue(Contracts.CallTrailers.RetryAfter), System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && seconds is > 0 and <= 300
            ? TimeSpan.FromSeconds(seconds)
            : null;

    /// <summary>Shows why the agent is waiting; a storage failure is also reported to staff while the server can be reached.</summary>
    private async ValueTask OnRetryAsync(OnRetryArguments<object> retry)
    {
        if (retry.Outcome.Exception is SqliteException or IOException)
        {
            StorageProblem = Shorten(retry.Outcome.Exception.Message, MaxProblemLength);
            try
            {
                await _transport.Kiosk().HeartbeatAsync(
                    new HeartbeatRequest { PendingFacts = Pending, RefusedFacts = Refused, StorageProblem = StorageProblem },
                    cancellationToken: retry.Context.CancellationToken);
            }
            catch (RpcException ex) when (!ex.IsStopBy(retry.Context.CancellationToken))
            {
                // The server is away too; the screen shows the problem meanwhile.
            }
        }
        else
        {
            // The screen shows how much waits while the server is away.
            State = SyncState.Offline;
            try
            {
                await CountAsync(retry.Context.CancellationToken);
            }
            catch (SqliteException ex)
            {
                StorageProblem = Shorten(ex.Message, MaxProblemLength);
            }
        }
    }

    private static string Reason(FactResult result) => Shorten($"{result.Field}: {result.Reason}", MaxReasonLength);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

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
