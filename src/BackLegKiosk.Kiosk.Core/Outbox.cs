using BackLegKiosk.Contracts.V1;
using Google.Protobuf;
using Microsoft.Data.Sqlite;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>A fact waiting to be pushed, with the check-in it was made under.</summary>
/// <param name="Position">Order in the outbox.</param>
/// <param name="Fact">The fact itself.</param>
/// <param name="CheckInToken">The check-in the fact belongs to; the server scopes pushes by it.</param>
public sealed record OutboxEntry(long Position, Fact Fact, string CheckInToken);

/// <summary>
/// The kiosk's local SQLite outbox. Every fact is committed to disk (WAL, synchronous=FULL) before
/// <see cref="AddAsync"/> returns, so the screen says "saved" only for what survives a crash or a
/// restart; the sync agent drains it in order. It also remembers facts the server refused, for staff.
/// </summary>
public sealed class Outbox : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _lock = new(1, 1);

    public Outbox(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("""
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=FULL;
            CREATE TABLE IF NOT EXISTS outbox (
                position INTEGER PRIMARY KEY AUTOINCREMENT,
                fact_id TEXT NOT NULL UNIQUE,
                fact BLOB NOT NULL,
                checkin_token TEXT NOT NULL,
                state INTEGER NOT NULL DEFAULT 0,
                reason TEXT);
            CREATE INDEX IF NOT EXISTS ix_outbox_state ON outbox (state, position);
            """);
    }

    private enum State
    {
        Pending = 0,
        Sent = 1,
        Refused = 2,
    }

    /// <summary>Raised after a fact is committed, so the sync agent wakes up.</summary>
    public event EventHandler? Added;

    /// <summary>Stores a fact durably; a fact id already in the outbox is kept once.</summary>
    public async Task AddAsync(Fact fact, string checkInToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        await _lock.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "INSERT OR IGNORE INTO outbox (fact_id, fact, checkin_token) VALUES ($id, $fact, $token)";
            command.Parameters.AddWithValue("$id", fact.FactId);
            command.Parameters.AddWithValue("$fact", fact.ToByteArray());
            command.Parameters.AddWithValue("$token", checkInToken);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }

        Added?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>The oldest pending facts, in the order they were added.</summary>
    public async Task<List<OutboxEntry>> PeekAsync(int max, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT position, fact, checkin_token FROM outbox WHERE state = 0 ORDER BY position LIMIT $max";
            command.Parameters.AddWithValue("$max", max);
            var entries = new List<OutboxEntry>();
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                entries.Add(new OutboxEntry(reader.GetInt64(0), Fact.Parser.ParseFrom((byte[])reader[1]), reader.GetString(2)));
            }

            return entries;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Marks facts the server stored (or already had).</summary>
    public Task MarkSentAsync(IEnumerable<long> positions, CancellationToken cancellationToken = default) =>
        UpdateAsync(positions.Select(p => (p, State.Sent, (string?)null)), cancellationToken);

    /// <summary>Marks facts the server refused, with its reason; they are not sent again.</summary>
    public Task MarkRefusedAsync(IEnumerable<(long Position, string Reason)> refused, CancellationToken cancellationToken = default) =>
        UpdateAsync(refused.Select(r => (r.Position, State.Refused, (string?)r.Reason)), cancellationToken);

    public Task<int> PendingCountAsync(CancellationToken cancellationToken = default) => CountAsync(State.Pending, cancellationToken);

    public Task<int> RefusedCountAsync(CancellationToken cancellationToken = default) => CountAsync(State.Refused, cancellationToken);

    public void Dispose()
    {
        _connection.Dispose();
        _lock.Dispose();
    }

    private async Task<int> CountAsync(State state, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM outbox WHERE state = $state";
            command.Parameters.AddWithValue("$state", (int)state);
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task UpdateAsync(IEnumerable<(long Position, State State, string? Reason)> changes, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE outbox SET state = $state, reason = $reason WHERE position = $position";
            var state = command.Parameters.Add("$state", SqliteType.Integer);
            var reason = command.Parameters.Add("$reason", SqliteType.Text);
            var position = command.Parameters.Add("$position", SqliteType.Integer);
            foreach (var change in changes)
            {
                state.Value = (int)change.State;
                reason.Value = (object?)change.Reason ?? DBNull.Value;
                position.Value = change.Position;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
