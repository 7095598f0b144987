using Npgsql;

namespace BackLegKiosk.Server.Data;

/// <summary>
/// Makes and removes databases on a PostgreSQL server, through a connection with the right to (the
/// superuser of a cluster the AppHost or test.sh started): one database per demo chain or test server.
/// </summary>
public static class PostgresDatabases
{
    /// <summary>Creates the database if it is missing; returns the connection string that opens it.</summary>
    public static async Task<string> EnsureAsync(string adminConnectionString, string database, CancellationToken cancellationToken = default)
    {
        var admin = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = "postgres" };
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {Quote(database)}", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        return new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database }.ConnectionString;
    }

    /// <summary>Drops the database, closing whatever connections are still open on it.</summary>
    public static async Task DropAsync(string adminConnectionString, string database, CancellationToken cancellationToken = default)
    {
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Quote(database)} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A database name cannot be a parameter; only plain lower-case names are taken, so quoting is exact.</summary>
    private static string Quote(string database) =>
        database.Length is > 0 and <= 63 && database.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')
            ? $"\"{database}\""
            : throw new ArgumentException($"'{database}' is not a database name this server makes (a-z, 0-9, _).", nameof(database));
}
