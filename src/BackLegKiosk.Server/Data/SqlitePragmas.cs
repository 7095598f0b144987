using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackLegKiosk.Server.Data;

/// <summary>
/// Per-connection SQLite settings: FULL sync so a commit is on disk before a call is acknowledged,
/// a busy timeout so a second writer waits instead of failing, foreign keys on, and secure_delete so a
/// deleted row's bytes are zeroed rather than left readable in free space (erasing). Pooled connections
/// are reopened for every query, so each native connection is configured only the first time.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;";
    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && _configured.TryAdd(handle, handle))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }
}
