using System.Net.Sockets;
using System.Text;
using BackLegKiosk.AppHost;
using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Tests.Stores;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Experience = BackLegKiosk.Training.Members.Experience;
using MemberProfile = BackLegKiosk.Training.Members.MemberProfile;
using TrainingGoal = BackLegKiosk.Training.Members.TrainingGoal;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>
/// The chain as the one command starts it (PostgreSQL, two server processes, HAProxy): a kiosk logging
/// sets through HAProxy while one replica is killed with kill -9 loses none and stores none twice, and
/// HAProxy marks the dead replica down.
/// </summary>
public sealed class ChainTests : IAsyncLifetime
{
    private static readonly SyncAgentOptions Fast = new() { FirstRetry = TimeSpan.FromMilliseconds(100), MaxRetry = TimeSpan.FromMilliseconds(500), HeartbeatInterval = TimeSpan.FromMilliseconds(300) };
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "backleg-kiosk-tests", Guid.NewGuid().ToString("N"));
    private DemoSystem? _chain;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    [Fact(SkipUnless = nameof(TestStore.IsPostgres), SkipType = typeof(TestStore), Skip = "A chain runs on PostgreSQL; it runs on test.sh's PostgreSQL pass.")]
    public async Task KillingAReplicaMidSession_LosesNoSet_AndHaproxyMarksItDown()
    {
        var cancel = TestContext.Current.CancellationToken;
        _chain = await DemoSystem.StartChainAsync(new DemoOptions(Path.Combine(_folder, "chain"), 0, 0, []), 2, new Progress<string>(), cancel);
        var (key, code) = await ProvisionAsync();
        using var outbox = new Outbox(Path.Combine(_folder, "kiosk.outbox.db"));
        using var channel = GrpcChannel.ForAddress(_chain.ServerUrl);
        await using var agent = new SyncAgent(outbox, new KioskTransport(channel, key, TimeProvider.System), TimeProvider.System, Fast);
        agent.Start();
        var kiosk = new KioskService.KioskServiceClient(channel);
        var headers = new Grpc.Core.Metadata { { Contracts.KioskHeaders.DeviceKey, key } };
        var checkIn = await kiosk.CheckInAsync(new CheckInRequest { MemberCode = code, Pin = "2468", SleepHours = 8 }, headers, cancellationToken: cancel);
        headers.Add(Contracts.KioskHeaders.CheckInToken, checkIn.CheckinToken);
        var sessionId = (await kiosk.PlanSessionAsync(new PlanSessionRequest(), headers, cancellationToken: cancel)).Plan.SessionId;

        var logged = new List<string>();
        for (var set = 1; set <= 40; set++)
        {
            var fact = OutboxTests.NewFact(sessionId, set);
            await outbox.AddAsync(fact, checkIn.CheckinToken, cancel);
            logged.Add(fact.FactId);
            if (set == 10)
            {
                _chain.ReplicaProcesses[0].Kill();
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancel);
        }

        using var drained = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        drained.CancelAfter(TimeSpan.FromSeconds(60));
        await agent.WhenDrainedAsync(drained.Token);

        await using (var scope = _chain.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<BackLegDbContext>().Facts
                .Where(f => f.SessionId == Guid.Parse(sessionId)).Select(f => f.Id).ToListAsync(cancel);
            Assert.Equal(logged.Order(), stored.Select(id => id.ToString()).Order());
        }

        Assert.Contains("replica1,DOWN", await ServerStatesAsync(cancel), StringComparison.Ordinal);
        Assert.Contains("replica2,UP", await ServerStatesAsync(cancel), StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        if (_chain is not null)
        {
            await _chain.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task<(string Key, string Code)> ProvisionAsync()
    {
        await using var scope = _chain!.Services.CreateAsyncScope();
        var (_, key) = await scope.ServiceProvider.GetRequiredService<KioskRegistry>().ProvisionAsync("Chain kiosk", CancellationToken.None);
        var profile = new MemberProfile(Experience.Advanced, TrainingGoal.LegsPriority, 16, 14, 80, new Dictionary<string, double> { ["back-squat"] = 160 }, 90, Training.Members.WeightUnit.Kilograms);
        await scope.ServiceProvider.GetRequiredService<MemberDirectory>().EnrollAsync("7777", "Chain Member", "2468", profile, CancellationToken.None);
        return (key.ToString(), "7777");
    }

    /// <summary>"backend-server,status" per replica, from HAProxy's own stats socket.</summary>
    private async Task<string> ServerStatesAsync(CancellationToken cancel)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(_chain!.HaproxyStats!), cancel);
        await socket.SendAsync(Encoding.ASCII.GetBytes("show stat\n"), cancel);
        using var reader = new StreamReader(new NetworkStream(socket, ownsSocket: false));
        var rows = (await reader.ReadToEndAsync(cancel)).Split('\n').Select(r => r.Split(',')).Where(r => r.Length > 17 && r[0] == "replicas");
        return string.Join(' ', rows.Select(r => $"{r[1]},{r[17]}"));
    }

}
