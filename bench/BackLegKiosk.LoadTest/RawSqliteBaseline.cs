using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace BackLegKiosk.LoadTest;

/// <summary>
/// The ceiling: the same disk, the same batch size, the same durability (WAL, synchronous=FULL, one
/// transaction per batch) and a table of the same shape with the same unique and sequence keys,
/// written with prepared INSERTs and nothing else.
/// </summary>
internal static class RawSqliteBaseline
{
    public static double FactsPerSecond(string path, int batch, TimeSpan duration)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        Execute(connection, """
            CREATE TABLE facts (
                Sequence INTEGER PRIMARY KEY AUTOINCREMENT, Id TEXT NOT NULL, SessionId TEXT NOT NULL, MemberId TEXT NOT NULL,
                KioskId TEXT NOT NULL, Kind INTEGER NOT NULL, OccurredAt INTEGER NOT NULL, ReceivedAt INTEGER NOT NULL,
                Slot TEXT, ExerciseId TEXT, Region INTEGER, SetNumber INTEGER, LoadKg REAL, LoadEntered REAL, Unit INTEGER,
                Reps INTEGER, Rpe REAL, WarmUp INTEGER NOT NULL, Failed INTEGER NOT NULL);
            CREATE UNIQUE INDEX IX_facts_Id ON facts (Id);
            CREATE INDEX IX_facts_SessionId_Sequence ON facts (SessionId, Sequence);
            CREATE INDEX IX_facts_MemberId_OccurredAt ON facts (MemberId, OccurredAt);
            CREATE INDEX IX_facts_Kind_ReceivedAt ON facts (Kind, ReceivedAt);
            """);

        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO facts (Id, SessionId, MemberId, KioskId, Kind, OccurredAt, ReceivedAt, Slot, ExerciseId, Region, SetNumber, LoadKg, LoadEntered, Unit, Reps, Rpe, WarmUp, Failed)
            VALUES ($id, $session, $member, $kiosk, 2, $at, $at, 'A1', 'back-squat', 0, 1, 100, 100, 0, 5, 8, 0, 0)
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        insert.Parameters.AddWithValue("$session", Guid.NewGuid().ToString());
        insert.Parameters.AddWithValue("$member", Guid.NewGuid().ToString());
        insert.Parameters.AddWithValue("$kiosk", Guid.NewGuid().ToString());
        var at = insert.Parameters.Add("$at", SqliteType.Integer);

        var written = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            for (var i = 0; i < batch; i++)
            {
                id.Value = Guid.NewGuid().ToString();
                at.Value = Stopwatch.GetTimestamp();
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
            written += batch;
        }

        return written / clock.Elapsed.TotalSeconds;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
