using BackLegKiosk.Contracts;
using BackLegKiosk.Contracts.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;

namespace BackLegKiosk.Chaos;

/// <summary>
/// Reads back what the server stored, as a device does, through PullFacts in small pages: every session
/// the kiosks' outboxes name. It counts a cursor regression whenever a fact it had not seen turns up
/// numbered below one it had, and at the end compares the server with every outbox, fact id by fact id.
/// </summary>
internal sealed class Observer(string serverAddress, string deviceKey, IReadOnlyList<string> memberCodes, IReadOnlyList<string> outboxes)
{
    private const int Page = 7;
    private readonly Dictionary<string, string> _tokens = [];
    private readonly Dictionary<string, long> _highest = [];
    private readonly Dictionary<string, HashSet<string>> _seen = [];

    public int CursorRegressions { get; private set; }

    /// <summary>One pass over every session; false when the server could not be reached.</summary>
    public async Task<bool> PullAllAsync(Dictionary<string, List<string>>? stored = null)
    {
        using var channel = GrpcChannel.ForAddress(serverAddress);
        try
        {
            foreach (var session in SessionsInOutboxes())
            {
                var facts = await PullSessionAsync(channel, session);
                stored?.Add(session, facts);
            }

            return true;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal)
        {
            return false;
        }
    }

    /// <summary>Every set fact id the kiosks recorded, and how many of them were refused (dead letters).</summary>
    public (HashSet<string> Logged, int Refused) Recorded()
    {
        var rows = OutboxRows("SELECT fact_id, state FROM outbox WHERE kind = 0", r => (Id: r.GetString(0), Refused: r.GetInt32(1) == 2));
        return (rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal), rows.Count(r => r.Refused));
    }

    private async Task<List<string>> PullSessionAsync(GrpcChannel channel, string session)
    {
        var all = new List<string>();
        var cursor = 0L;
        var highest = _highest.GetValueOrDefault(session);
        var seen = _seen.TryGetValue(session, out var s) ? s : _seen[session] = [];
        PullFactsResponse page;
        do
        {
            page = await PullPageAsync(channel, session, cursor);
            foreach (var fact in page.Facts)
            {
                all.Add(fact.Fact.FactId);
                if (seen.Add(fact.Fact.FactId) && fact.Sequence < highest)
                {
                    CursorRegressions++;
                }
            }

            cursor = page.LastSequence;
        }
        while (page.HasMore);

        _highest[session] = Math.Max(highest, cursor);
        return all;
    }

    /// <summary>A page of a session, under the check-in of whichever member it belongs to.</summary>
    private async Task<PullFactsResponse> PullPageAsync(GrpcChannel channel, string session, long cursor)
    {
        var kiosk = new KioskService.KioskServiceClient(channel);
        var sync = new SyncService.SyncServiceClient(channel);
        foreach (var code in memberCodes)
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                if (!_tokens.TryGetValue(code, out var token))
                {
                    token = _tokens[code] = (await kiosk.CheckInAsync(new CheckInRequest { MemberCode = code, Pin = "2468", SleepHours = 8 }, Headers(null))).CheckinToken;
                }

                try
                {
                    return await sync.PullFactsAsync(new PullFactsRequest { SessionId = session, AfterSequence = cursor, MaxFacts = Page }, Headers(token), deadline: TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(10));
                }
                catch (RpcException ex) when (ex.StatusCode == StatusCode.Unauthenticated)
                {
                    _tokens.Remove(code);
                }
                catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.PermissionDenied)
                {
                    break;
                }
            }
        }

        throw new InvalidOperationException($"no member's check-in can read session {session}");
    }

    private Metadata Headers(string? token)
    {
        var headers = new Metadata { { KioskHeaders.DeviceKey, deviceKey } };
        if (token is not null)
        {
            headers.Add(KioskHeaders.CheckInToken, token);
        }

        return headers;
    }

    private List<string> SessionsInOutboxes() =>
        [.. OutboxRows("SELECT DISTINCT session_id FROM outbox WHERE kind = 0", r => r.GetString(0)).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>A query over every kiosk's outbox file, read-only beside the kiosk process that writes it.</summary>
    private List<T> OutboxRows<T>(string sql, Func<SqliteDataReader, T> read)
    {
        var rows = new List<T>();
        foreach (var path in outboxes.Where(File.Exists))
        {
            using var connection = Open(path);
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(read(reader));
            }
        }

        return rows;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
