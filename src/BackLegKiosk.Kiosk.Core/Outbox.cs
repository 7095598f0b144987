using System.Globalization;
using BackLegKiosk.Contracts.V1;
using Google.Protobuf;
using Microsoft.Data.Sqlite;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>
/// The kiosk's local SQLite outbox. Every fact is committed to disk (WAL, synchronous=FULL) before
/// <see cref="AddAsync"/> returns, so the screen says "saved" only for what survives a crash or a
/// restart; the sync agent drains it in order. A member's check-out is queued here too, behind their
/// facts, so it reaches the server after them. Facts the server refused stay as dead letters with its
/// reason until staff ask for them to be sent again; delivered ones are purged after a while.
/// </summary>
public sealed class Outbox : IFactStore, IDisposable
{
    /// <summary>The schema this code writes; older files are brought up to it when opened.</summary>
    private const int SchemaVersion = 1;
    private const string CheckOutPrefix = "check-out:";
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
            PRAGMA secure_delete=ON;
            CREATE TABLE IF NOT EXISTS outbox (
                position INTEGER PRIMARY KEY AUTOINCREMENT,
                fact_id TEXT NOT NULL UNIQUE,
                fact BLOB NOT NULL,
                checkin_token TEXT NOT NULL,
                state INTEGER NOT NULL DEFAULT 0,
                reason TEXT);
            CREATE INDEX IF NOT EXISTS ix_outbox_state ON outbox (state, position);
            """);
        if (Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture) < SchemaVersion)
        {
            // Version 1: check-outs queued behind facts, the session a fact belongs to (continuation reads
            // it without parsing every row), when a row was settled (purging), and the kiosk's own counters.
            Execute($"""
                BEGIN;
                ALTER TABLE outbox ADD COLUMN kind INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE outbox ADD COLUMN session_id TEXT;
                ALTER TABLE outbox ADD COLUMN settled_at INTEGER;
                CREATE INDEX ix_outbox_session ON outbox (session_id);
                CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
                PRAGMA user_version = {SchemaVersion};
                COMMIT;
                """);
        }
    }

    private enum State
    {
        Pending = 0,
        Sent = 1,
        Refused = 2,
    }

    private enum Kind
    {
        Fact = 0,
        CheckOut = 1,
    }

    /// <summary>Raised after a fact or a check-out is committed, so the sync agent wakes up.</summary>
    public event EventHandler? Added;

    /// <summary>Stores a fact durably; a fact id already in the outbox is kept once.</summary>
    public Task AddAsync(Fact fact, string checkInToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return InsertAsync(Kind.Fact, fact.FactId, fact.ToByteArray(), checkInToken, fact.SessionId, cancellationToken);
    }

    /// <summary>Stores a set the member logged here, as the fact the server will be sent.</summary>
    public Task AddSetAsync(LoggedSet set, string checkInToken, CancellationToken cancellationToken = default) =>
        AddAsync(set.ToProto(), checkInToken, cancellationToken);

    /// <summary>Queues the end of a check-in behind every fact recorded under it; queued once however often it is asked.</summary>
    public Task AddCheckOutAsync(string checkInToken, CancellationToken cancellationToken = default) =>
        InsertAsync(Kind.CheckOut, CheckOutPrefix + checkInToken, [], checkInToken, null, cancellationToken);

    /// <summary>The oldest pending entries (facts and check-outs), in the order they were added.</summary>
    public Task<List<OutboxEntry>> PeekAsync(int max, CancellationToken cancellationToken = default) =>
        ReadAsync(
            "SELECT position, kind, fact, checkin_token FROM outbox WHERE state = 0 ORDER BY position LIMIT $max",
            command => command.Parameters.AddWithValue("$max", max),
            reader => new OutboxEntry(reader.GetInt64(0), (Kind)reader.GetInt32(1) == Kind.Fact ? Fact.Parser.ParseFrom((byte[])reader[2]) : null, reader.GetString(3)),
            cancellationToken);

    /// <summary>Every set fact of a session still held here and not refused: what this kiosk knows of it, delivered or not.</summary>
    public async Task<List<WorkoutFact>> WorkoutFactsOfSessionAsync(string sessionId, CancellationToken cancellationToken = default) =>
        [.. (await ReadAsync(
            "SELECT fact FROM outbox WHERE session_id = $session AND kind = 0 AND state <> 2 ORDER BY position",
            command => command.Parameters.AddWithValue("$session", sessionId),
            reader => KioskWire.RecordOf(Fact.Parser.ParseFrom((byte[])reader[0])),
            cancellationToken)).OfType<WorkoutFact>()];

    /// <summary>Why facts were refused, most frequent first, at most <paramref name="max"/> reasons.</summary>
    public Task<List<(string Reason, int Count)>> DeadLettersAsync(int max, CancellationToken cancellationToken = default) =>
        ReadAsync(
            "SELECT reason, COUNT(*) FROM outbox WHERE state = 2 GROUP BY reason ORDER BY COUNT(*) DESC, reason LIMIT $max",
            command => command.Parameters.AddWithValue("$max", max),
            reader => (reader.IsDBNull(0) ? "refused" : reader.GetString(0), reader.GetInt32(1)),
            cancellationToken);

    /// <summary>Marks entries the server stored (or already had); from <paramref name="at"/> on they only wait to be purged.</summary>
    public Task MarkSentAsync(IEnumerable<long> positions, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        UpdateAsync(positions.Select(p => (p, State.Sent, (string?)null)), at, cancellationToken);

    /// <summary>Marks facts the server refused, with its reason: dead letters, kept until staff ask for them again.</summary>
    public Task MarkRefusedAsync(IEnumerable<(long Position, string Reason)> refused, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        UpdateAsync(refused.Select(r => (r.Position, State.Refused, (string?)r.Reason)), at, cancellationToken);

    /// <summary>Puts every dead letter back in the queue, in its original place; the number moved.</summary>
    public Task<int> RequeueRefusedAsync(CancellationToken cancellationToken = default) =>
        WriteAsync("UPDATE outbox SET state = 0, reason = NULL, settled_at = NULL WHERE state = 2", _ => { }, cancellationToken);

    /// <summary>Deletes what the server stored before <paramref name="before"/>, so the file stays bounded; the number deleted.</summary>
    public Task<int> PurgeDeliveredAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        WriteAsync("DELETE FROM outbox WHERE state = 1 AND settled_at < $before", c => c.Parameters.AddWithValue("$before", before.ToUnixTimeMilliseconds()), cancellationToken);

    /// <summary>
    /// Deletes every entry of an erased member's sessions, delivered or not, and every other entry of the
    /// same check-ins (their check-outs), then folds the log into the file so no copy of the bytes is left;
    /// the number deleted.
    /// </summary>
    public async Task<int> PurgeSessionsAsync(IEnumerable<string> sessionIds, CancellationToken cancellationToken = default)
    {
        var deleted = await ExecuteEachAsync(
            "DELETE FROM outbox WHERE session_id = $session COLLATE NOCASE OR checkin_token IN (SELECT checkin_token FROM outbox WHERE session_id = $session COLLATE NOCASE)",
            sessionIds,
            (command, id) => command.Parameters.AddWithValue("$session", id),
            cancellationToken);
        await WriteAsync("PRAGMA wal_checkpoint(TRUNCATE)", _ => { }, cancellationToken);
        return deleted;
    }

    public Task<int> PendingCountAsync(CancellationToken cancellationToken = default) => CountAsync(State.Pending, cancellationToken);

    public Task<int> RefusedCountAsync(CancellationToken cancellationToken = default) => CountAsync(State.Refused, cancellationToken);

    /// <summary>A number the kiosk keeps across restarts (0 until first set).</summary>
    public async Task<long> CounterAsync(string name, CancellationToken cancellationToken = default) =>
        (await ReadAsync("SELECT value FROM counters WHERE name = $name", c => c.Parameters.AddWithValue("$name", name), r => r.GetInt64(0), cancellationToken)).SingleOrDefault();

    public Task SetCounterAsync(string name, long value, CancellationToken cancellationToken = default) =>
        WriteAsync(
            "INSERT INTO counters (name, value) VALUES ($name, $value) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            c =>
            {
                c.Parameters.AddWithValue("$name", name);
                c.Parameters.AddWithValue("$value", value);
            },
            cancellationToken);

    public void Dispose()
    {
        _connection.Dispose();
        _lock.Dispose();
    }

    private async Task InsertAsync(Kind kind, string id, byte[] body, string checkInToken, string? sessionId, CancellationToken cancellationToken)
    {
        await WriteAsync(
            "INSERT OR IGNORE INTO outbox (kind, fact_id, fact, checkin_token, session_id) VALUES ($kind, $id, $fact, $token, $session)",
            command =>
            {
                command.Parameters.AddWithValue("$kind", (int)kind);
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$fact", body);
                command.Parameters.AddWithValue("$token", checkInToken);
                command.Parameters.AddWithValue("$session", (object?)sessionId ?? DBNull.Value);
            },
            cancellationToken);
        Added?.Invoke(this, EventArgs.Empty);
    }

    private async Task<int> CountAsync(State state, CancellationToken cancellationToken) =>
        (await ReadAsync("SELECT COUNT(*) FROM outbox WHERE state = $state", c => c.Parameters.AddWithValue("$state", (int)state), r => r.GetInt32(0), cancellationToken)).Single();

    private async Task<List<T>> ReadAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> row, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            bind(command);
            var rows = new List<T>();
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(row(reader));
            }

            return rows;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<int> WriteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            bind(command);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    private Task<int> UpdateAsync(IEnumerable<(long Position, State State, string? Reason)> changes, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteEachAsync(
            "UPDATE outbox SET state = $state, reason = $reason, settled_at = $at WHERE position = $position",
            changes,
            (command, change) =>
            {
                command.Parameters.AddWithValue("$state", (int)change.State);
                command.Parameters.AddWithValue("$reason", (object?)change.Reason ?? DBNull.Value);
                command.Parameters.AddWithValue("$position", change.Position);
                command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
            },
            cancellationToken);

    /// <summary>Runs one statement once per item in a single transaction; the rows it changed in all.</summary>
    private async Task<int> ExecuteEachAsync<T>(string sql, IEnumerable<T> items, Action<SqliteCommand, T> bind, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _connection.BeginTransaction();
            var changed = 0;
            foreach (var item in items)
            {
                using var command = _connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                bind(command, item);
                changed += await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return changed;
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

    private object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
