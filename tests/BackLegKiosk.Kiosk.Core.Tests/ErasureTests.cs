using System.Data.Common;
using System.Text;
using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Staff;
using BackLegKiosk.Tests.Stores;
using Experience = BackLegKiosk.Training.Members.Experience;
using MemberProfile = BackLegKiosk.Training.Members.MemberProfile;
using TrainingGoal = BackLegKiosk.Training.Members.TrainingGoal;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>
/// Erasing a member with a rich history, against the real server and a real kiosk outbox: afterwards no
/// column of any table, on the server or the kiosk, and no byte of either SQLite file, holds them.
/// </summary>
public sealed class ErasureTests : IAsyncLifetime
{
    private static readonly SyncAgentOptions Fast = new() { FirstRetry = TimeSpan.FromMilliseconds(100), MaxRetry = TimeSpan.FromMilliseconds(400), HeartbeatInterval = TimeSpan.FromMilliseconds(300) };
    private readonly string _outboxPath = Path.Combine(Path.GetTempPath(), "backleg-kiosk-tests", $"{Guid.NewGuid():N}.db");
    private LoopbackServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await LoopbackServer.StartAsync();

    [Fact]
    public async Task EraseAMemberWithARichHistory_NoTableNorFileOnServerOrKioskHoldsThem()
    {
        var cancel = TestContext.Current.CancellationToken;
        var (key, bystanderCode) = await _server.ProvisionAsync("Kiosk 1", "5353");
        // Twelve digits no other row or byte would hold by chance, so finding them anywhere means a leak.
        var code = string.Concat(Guid.NewGuid().ToByteArray().Take(12).Select(b => (char)('0' + (b % 10))));
        var name = $"Erasable Zephyrine {Guid.NewGuid():N}"[..32];
        var memberId = await EnrollAsync(code, name);
        using var outbox = new Outbox(_outboxPath);
        using var channel = _server.Channel();
        await using var agent = new SyncAgent(outbox, new KioskTransport(channel, key, TimeProvider.System), TimeProvider.System, Fast);
        agent.Start();

        // A session with sets, a correction, a void, a wrong PIN, a completion and a check-out; then a check-in
        // the next morning that R9 turns away (a flag staff see); a bystander trains too.
        await WrongPinAsync(channel, key, code);
        var (token, sessionId) = await CheckInAndPlanAsync(channel, key, code);
        var sets = Enumerable.Range(1, 4).Select(n => OutboxTests.NewFact(sessionId, n)).ToList();
        Fact[] changes =
        [
            Change(sessionId, f => f.SetCorrected = new SetCorrected { TargetFactId = sets[1].FactId, Replacement = new SetLogged(sets[1].SetLogged) { Reps = 4 } }),
            Change(sessionId, f => f.SetVoided = new SetVoided { TargetFactId = sets[2].FactId, Reason = $"{name} slipped" }),
            Change(sessionId, f => f.SessionCompleted = new SessionCompleted()),
        ];
        foreach (var fact in sets.Concat(changes))
        {
            await outbox.AddAsync(fact, token, cancel);
        }

        await outbox.AddCheckOutAsync(token, cancel);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await agent.WhenDrainedAsync(timeout.Token);
        var turnedAway = await CheckInAsync(channel, key, code);
        Assert.Equal(ReadinessStatus.NotToday, turnedAway.Readiness.Status);
        await outbox.AddCheckOutAsync(turnedAway.CheckinToken, cancel);
        string[] trail = [sessionId, .. sets.Concat(changes).Select(f => f.FactId)];

        var (bystanderToken, bystanderSession) = await CheckInAndPlanAsync(channel, key, bystanderCode);
        await outbox.AddAsync(OutboxTests.NewFact(bystanderSession), bystanderToken, cancel);
        await agent.WhenDrainedAsync(timeout.Token);
        var before = await UsageAsync();

        await using (var scope = _server.Services.CreateAsyncScope())
        {
            var erased = await scope.ServiceProvider.GetRequiredService<MemberDirectory>().EraseAsync(memberId, cancel);
            Assert.Equal(new Erasure(CheckIns: 2, Sessions: 1, Sets: 3), erased);
        }

        await WaitUntilNoticesAreGoneAsync(timeout.Token);
        var after = await UsageAsync();

        string[] person = [memberId.ToString(), code, name];
        string[] everything = [.. person, .. trail];
        Assert.Empty(await ServerColumnsHoldingAsync(everything));
        Assert.Empty(await ColumnsHoldingAsync(SqliteFile(_outboxPath), SqliteTables, everything));
        Assert.Empty(FilesHolding(_outboxPath, everything));
        if (!TestStore.IsPostgres)
        {
            // Bytes are SQLite's promise (secure_delete, the log truncated); PostgreSQL keeps a deleted row's
            // bytes until VACUUM reuses its page, which the README says.
            Assert.Empty(FilesHolding(Path.Combine(_server.Folder, "backleg.db"), everything));
        }

        // What the charts show is unchanged: the member's use is still counted, only no longer theirs.
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.SessionLength, after.SessionLength);
        Assert.Equal(before.PerKiosk, after.PerKiosk);
        Assert.Single(await outbox.WorkoutFactsOfSessionAsync(bystanderSession, cancel));
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_outboxPath)!, Path.GetFileName(_outboxPath) + "*"))
        {
            File.Delete(file);
        }
    }

    private const string SqliteTables = "SELECT name FROM sqlite_master WHERE type = 'table'";

    private static SqliteConnection SqliteFile(string file) =>
        new(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());

    /// <summary>The server's store, whichever it is: every column of every table.</summary>
    private async Task<List<string>> ServerColumnsHoldingAsync(string[] needles)
    {
        if (!TestStore.IsPostgres)
        {
            return await ColumnsHoldingAsync(SqliteFile(Path.Combine(_server.Folder, "backleg.db")), SqliteTables, needles);
        }

        await using var db = await _server.Services.GetRequiredService<IDbContextFactory<BackLegDbContext>>().CreateDbContextAsync();
        return await ColumnsHoldingAsync(db.Database.GetDbConnection(), "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", needles);
    }

    /// <summary>Every "table.column" whose value, read as text or as UTF-8 bytes, contains one of <paramref name="needles"/>.</summary>
    private static async Task<List<string>> ColumnsHoldingAsync(DbConnection store, string listTables, string[] needles)
    {
        await using var connection = store;
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = listTables;
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var hits = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                for (var column = 0; column < rows.FieldCount; column++)
                {
                    var text = rows.GetValue(column) switch
                    {
                        byte[] bytes => Encoding.UTF8.GetString(bytes),
                        var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                    };
                    hits.AddRange(needles.Where(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)).Select(n => $"{table}.{rows.GetName(column)} holds {n}"));
                }
            }
        }

        return hits;
    }

    /// <summary>Each needle found, in either case, anywhere in the bytes of the database file or its log.</summary>
    private static List<string> FilesHolding(string file, string[] needles)
    {
        SqliteConnection.ClearAllPools();
        var hits = new List<string>();
        foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
        {
            var bytes = File.ReadAllBytes(path);
            hits.AddRange(needles
                .SelectMany(n => new[] { n, n.ToUpperInvariant(), n.ToLowerInvariant() }.Distinct())
                .Where(n => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(n)) >= 0)
                .Select(n => $"{Path.GetFileName(path)} holds {n}"));
        }

        return hits;
    }

    private static Fact Change(string sessionId, Action<Fact> body)
    {
        var fact = new Fact { FactId = Guid.NewGuid().ToString(), SessionId = sessionId, OccurredAt = Timestamp.FromDateTimeOffset(TimeProvider.System.GetUtcNow()) };
        body(fact);
        return fact;
    }

    private static async Task<(string Token, string SessionId)> CheckInAndPlanAsync(Grpc.Net.Client.GrpcChannel channel, string key, string code)
    {
        var checkIn = await CheckInAsync(channel, key, code);
        var plan = await new KioskService.KioskServiceClient(channel).PlanSessionAsync(new PlanSessionRequest(), LoopbackServer.Headers(key, checkIn.CheckinToken));
        return (checkIn.CheckinToken, plan.Plan.SessionId);
    }

    private static async Task<CheckInResponse> CheckInAsync(Grpc.Net.Client.GrpcChannel channel, string key, string code) =>
        await new KioskService.KioskServiceClient(channel).CheckInAsync(
            new CheckInRequest { MemberCode = code, Pin = "2468", SleepHours = 8 }, new Grpc.Core.Metadata { { Contracts.KioskHeaders.DeviceKey, key } });

    private static async Task WrongPinAsync(Grpc.Net.Client.GrpcChannel channel, string key, string code) =>
        await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => new KioskService.KioskServiceClient(channel).CheckInAsync(
            new CheckInRequest { MemberCode = code, Pin = "1357", SleepHours = 8 }, new Grpc.Core.Metadata { { Contracts.KioskHeaders.DeviceKey, key } }).ResponseAsync);

    private async Task<Guid> EnrollAsync(string code, string name)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var profile = new MemberProfile(Experience.Advanced, TrainingGoal.LegsPriority, 16, 14, 91.5, new Dictionary<string, double> { ["back-squat"] = 160 }, 90, Training.Members.WeightUnit.Kilograms);
        return (await scope.ServiceProvider.GetRequiredService<MemberDirectory>().EnrollAsync(code, name, "2468", profile, CancellationToken.None)).Id;
    }

    private async Task<Server.Domain.Staff.UsageReport> UsageAsync()
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var now = TimeProvider.System.GetUtcNow();
        return await scope.ServiceProvider.GetRequiredService<StaffQueries>().UsageAsync(now.AddDays(-2), now.AddDays(1), hourly: true, CancellationToken.None);
    }

    /// <summary>The kiosk has purged and said so: the server holds no notice, so not even the erased session ids.</summary>
    private async Task WaitUntilNoticesAreGoneAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var scope = _server.Services.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<BackLegDbContext>().ErasureNotices.AnyAsync(cancellationToken))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }
}
