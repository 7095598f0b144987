using System.Globalization;
using BackLegKiosk.Server.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BackLegKiosk.Server.Data;

/// <summary>
/// Carries changes between replicas that share one PostgreSQL: this replica's changes go out as
/// <c>NOTIFY</c>, the others' come in on a connection that <c>LISTEN</c>s and are handed to this
/// replica's watchers, so a set pushed through one replica reaches a watch stream or the Today page on
/// another at once instead of at its next poll. If the listening connection drops, the relay reads the
/// facts stored since the last change it heard, every <see cref="PollInterval"/>, until it listens again,
/// and once more on reconnecting, so what was said while it was deaf still arrives.
/// </summary>
public sealed partial class PostgresChangeRelay(
    IOptions<ServerOptions> options,
    ChangeFeed feed,
    IDbContextFactory<BackLegDbContext> contexts,
    ILogger<PostgresChangeRelay> logger) : BackgroundService
{
    public const string Channel = "backleg_changes";

    /// <summary>How often a replica that cannot listen reads the store for changes instead.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>The listening connection's application_name starts so, for operators (and the test that cuts it).</summary>
    public const string ListenerName = "backleg-changes";

    private readonly Guid _origin = Guid.NewGuid();
    private long _lastSequence;
    private bool _baselined;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(SendAsync(feed.Outbound(), stoppingToken), ListenAsync(stoppingToken));

    private async Task SendAsync(System.Threading.Channels.ChannelReader<Change> outbound, CancellationToken cancellationToken)
    {
        await using var source = NpgsqlDataSource.Create(options.Value.ConnectionString!);
        try
        {
            while (await outbound.WaitToReadAsync(cancellationToken))
            {
                var payloads = new List<string>();
                while (payloads.Count < 100 && outbound.TryRead(out var change))
                {
                    payloads.Add(Payload(_origin, change));
                }

                try
                {
                    await using var notify = source.CreateCommand("SELECT pg_notify(@channel, p) FROM unnest(@payloads) AS p");
                    notify.Parameters.AddWithValue("channel", Channel);
                    notify.Parameters.AddWithValue("payloads", payloads.ToArray());
                    await notify.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (NpgsqlException ex)
                {
                    // The others' watchers find these changes at their next poll.
                    LogNotifyFailed(logger, ex, payloads.Count);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
    }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        var listener = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString)
        {
            ApplicationName = $"{ListenerName}-{_origin:N}",
            Pooling = false,
            KeepAlive = 10,
        }.ConnectionString;
        try
        {
            while (true)
            {
                try
                {
                    await ListenUntilLostAsync(listener, cancellationToken);
                }
                catch (Exception ex) when (ex is NpgsqlException or IOException or InvalidOperationException)
                {
                    LogListenerLost(logger, ex, PollInterval.TotalSeconds);
                }

                await PollOnceAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
    }

    private async Task ListenUntilLostAsync(string listener, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(listener);
        await connection.OpenAsync(cancellationToken);
        connection.Notification += (_, e) => Heard(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        // Listening from here on; what was stored while it was not is read once.
        await CatchUpAsync(cancellationToken);
        while (true)
        {
            await connection.WaitAsync(cancellationToken);
        }
    }

    /// <summary>While deaf: one read of the store, then a pause before the next attempt to listen.</summary>
    private async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CatchUpAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or IOException or InvalidOperationException)
        {
            LogPollFailed(logger, ex);
        }

        // Wall-clock time, not the gym's clock (which tests move by hand): this paces a connection, not a rule.
        await Task.Delay(PollInterval, TimeProvider.System, cancellationToken);
    }

    /// <summary>
    /// Hands this replica's watchers every session with facts after the last change heard, and wakes the
    /// pages that reload everything, since check-ins and kiosk changes made meanwhile are not in the facts.
    /// The first read only finds where the store stands (the newest sequence, from the key's index).
    /// </summary>
    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!_baselined)
        {
            Advance(await db.Facts.MaxAsync(f => (long?)f.Sequence, cancellationToken) ?? 0);
            _baselined = true;
            return;
        }

        var after = Interlocked.Read(ref _lastSequence);
        var sessions = await db.Facts.Where(f => f.Sequence > after)
            .GroupBy(f => f.SessionId)
            .Select(g => new { SessionId = g.Key, Sequence = g.Max(f => f.Sequence) })
            .ToListAsync(cancellationToken);
        foreach (var session in sessions)
        {
            Advance(session.Sequence);
            feed.Deliver(new Change(session.SessionId, session.Sequence));
        }

        feed.Deliver(new Change(null, 0));
    }

    private void Heard(string payload)
    {
        if (Parse(payload) is { } heard && heard.Origin != _origin)
        {
            Advance(heard.Change.Sequence);
            feed.Deliver(heard.Change);
        }
    }

    private void Advance(long sequence)
    {
        var seen = Interlocked.Read(ref _lastSequence);
        while (sequence > seen && Interlocked.CompareExchange(ref _lastSequence, sequence, seen) != seen)
        {
            seen = Interlocked.Read(ref _lastSequence);
        }
    }

    /// <summary>origin|session|sequence|kiosk, ids as 32 hex digits, absent ones empty.</summary>
    internal static string Payload(Guid origin, Change change) =>
        string.Join('|', origin.ToString("N"), change.SessionId?.ToString("N") ?? string.Empty, change.Sequence.ToString(CultureInfo.InvariantCulture), change.KeyChangedKiosk?.ToString("N") ?? string.Empty);

    internal static (Guid Origin, Change Change)? Parse(string payload)
    {
        var parts = payload.Split('|');
        if (parts.Length != 4 || !Guid.TryParseExact(parts[0], "N", out var origin) || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var sequence))
        {
            return null;
        }

        Guid? Id(string part) => Guid.TryParseExact(part, "N", out var id) ? id : null;
        return (origin, new Change(Id(parts[1]), sequence, Id(parts[3])));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the other replicas of {Count} changes; their watchers find them at their next poll")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The change listener lost its connection; reading the store every {Seconds} s until it listens again")]
    private static partial void LogListenerLost(ILogger logger, Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the store for changes failed; trying again")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
