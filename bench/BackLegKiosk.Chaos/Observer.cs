using BackLegKiosk.Contracts;
using BackLegKiosk.Contracts.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;

namespace BackLegKiosk.Chaos;

/// <summary>
/// Reads back what the server stored, as a device does, through PullFacts: every session the kiosks'
/// outboxes name, following each from its cursor while the faults go on. It counts a cursor regression
/// whenever a fact it had not seen turns up numbered at or below a cursor it had passed, and at the end
/// reads everything again and compares the server with every outbox, fact id by fact id.
/// </summary>
internal sealed class Observer(string serverAddress, string deviceKey, IReadOnlyList<string> memberCodes, IReadOnlyList<string> outboxes)
{
    /// <summary>The final read pages small, so paging itself is exercised; following reads what is new.</summary>
    private const int FinalPage = 7;
    private const int FollowPage = 500;
    private readonly Dictionary<string, string> _tokens = [];
    private readonly Dictionary<string, long> _highest = [];
    private readonly Dictionary<string, HashSet<string>> _seen = [];

    public int CursorRegressions { get; private set; }

    /// <summary>
    /// Follows every session as a device does, from the last fact seen onwards; false when the server
    /// could not be reached. With <paramref name="stored"/>, reads every session again from the start in
    /// pages of 7 instead, and collects each session's fact ids.
    /// </summary>
    public async Task<bool> PullAllAsync(Dictionary<string, List<string>>? stored = null)
    {
        using var channel = GrpcChannel.ForAddress(serverAddress);
        try
        {
            foreach (var session in SessionsInOutboxes())
            {
                var facts = await PullSessionAsync(channel, session, fromStart: stored is not null);
                stored?.Add(session, facts);
            }

            return true;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal)
        {
            return false;
        }
    }

    /// <summary>Waits until every kiosk's outbox holds a set; false if one still has none after <paramref name="limit"/>.</summary>
    public async Task<bool> EveryKioskLoggedAsync(TimeSpan limit)
    {
        var until = TimeProvider.System.GetUtcNow() + limit;
        while (TimeProvider.System.GetUtcNow() < until)
        {
            try
            {
                if (outboxes.All(path => File.Exists(path) && OutboxRows("SELECT 1 FROM outbox WHERE kind = 0 LIMIT 1", r => r.GetInt32(0), path).Count > 0))
                {
                    return true;
                }
            }
            catch (SqliteException)
            {
                // A kiosk that has just created its file has not created its table yet.
            }

            await Task.Delay(200);
        }

        return false;
    }

    /// <summary>Every set fact id the kiosks recorded, and how many of them were refused (dead letters).</summary>
    public (HashSet<string> Logged, int Refused) Recorded()
    {
        var rows = OutboxRows("SELECT fact_id, state FROM outbox WHERE kind = 0", r => (Id: r.GetString(0), Refused: r.GetInt32(1) == 2));
        return (rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal), rows.Count(r => r.Refused));
    }

    /// <summary>
    /// Reads a session after the cursor (or from the start). A fact not seen before that is numbered at or
    /// below the cursor a follower had already passed is one the follower would never have seen: a regression.
    /// </summary>
    private async Task<List<string>> PullSessionAsync(GrpcChannel channel, string session, bool fromStart)
    {
        var all = new List<string>();
        var highest = _highest.GetValueOrDefault(session);
        var cursor = fromStart ? 0 : highest;
        var seen = _seen.TryGetValue(session, out var s) ? s : _seen[session] = [];
        PullFactsResponse page;
        do
        {
            page = await PullPageAsync(channel, session, cursor, fromStart ? FinalPage : FollowPage);
            foreach (var fact in page.Facts)
            {
                all.Add(fact.Fact.FactId);
                if (seen.Add(fact.Fact.FactId) && fact.Sequence <= highest)
                {
                    CursorRegressions++;
                }
            }

            cursor = Math.Max(cursor, page.LastSequence);
        }
        while (page.HasMore);

        _highest[session] = Math.Max(highest, cursor);
        return all;
    }

    /// <summary>A page of a session, under the check-in of whichever member it belongs to.</summary>
    private async Task<PullFactsResponse> PullPageAsync(GrpcChannel channel, string session, long cursor, int pageSize)
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
                    return await sync.PullFactsAsync(new PullFactsRequest { SessionId = session, AfterSequence = cursor, MaxFacts = pageSize }, Headers(token), deadline: TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(10));
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
    private List<T> OutboxRows<T>(string sql, Func<SqliteDataReader, T> read, string? only = null)
    {
        var rows = new List<T>();
        foreach (var path in outboxes.Where(p => File.Exists(p) && (only is null || p == only)))
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
