using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Tests.Stores;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BackLegKiosk.Server.Tests;

/// <summary>
/// The real server over a real store (a SQLite file in its own folder, or a PostgreSQL database of its
/// own on test.sh's PostgreSQL pass), on an in-memory transport, with a clock the tests move. One per
/// test class; each test enrolls its own members.
/// </summary>
public class ServerFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string StaffUser = "coach";
    public const string StaffPassword = "correct horse battery";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "backleg-tests", Guid.NewGuid().ToString("N"));
    private int _codes = 1000;
    private TestStore? _store;

    public const string PhoneAddress = "http://phones.example";

    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    public string DataFolder => _folder;

    /// <summary>What a server for one kind of test sets beyond the shared settings.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    public string KioskKey1 { get; private set; } = string.Empty;

    public string KioskKey2 { get; private set; } = string.Empty;

    public string StaffToken { get; private set; } = string.Empty;

    public GrpcChannel Channel { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        Channel = GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });
        await using var scope = Services.CreateAsyncScope();
        var kiosks = scope.ServiceProvider.GetRequiredService<KioskRegistry>();
        KioskKey1 = (await kiosks.ProvisionAsync("Kiosk 1", CancellationToken.None)).Key.ToString();
        KioskKey2 = (await kiosks.ProvisionAsync("Kiosk 2", CancellationToken.None)).Key.ToString();
        await scope.ServiceProvider.GetRequiredService<StaffDirectory>().AddStaffAsync(StaffUser, StaffPassword, CancellationToken.None);
        StaffToken = (await new AuthService.AuthServiceClient(Channel).SignInAsync(new SignInRequest { Username = StaffUser, Password = StaffPassword })).AccessToken;
    }

    public override async ValueTask DisposeAsync()
    {
        Channel?.Dispose();
        await base.DisposeAsync();
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Another writer holding the store until disposed: SQLite's one write lock, or on PostgreSQL the facts
    /// table locked against inserts, so the server's next write waits as it would behind a long transaction.
    /// </summary>
    public async Task<IAsyncDisposable> HoldWritesAsync()
    {
        var db = await Services.GetRequiredService<IDbContextFactory<BackLegDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync(TestStore.IsPostgres ? "BEGIN; LOCK TABLE facts IN EXCLUSIVE MODE;" : "BEGIN IMMEDIATE");
        return new WriteHold(db);
    }

    private sealed class WriteHold(BackLegDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlRawAsync("ROLLBACK");
            await db.DisposeAsync();
        }
    }

    public Metadata Staff => new() { { "authorization", $"Bearer {StaffToken}" } };

    public static Metadata Kiosk(string key, string? checkInToken = null)
    {
        var headers = new Metadata { { "x-device-key", key } };
        if (checkInToken is not null)
        {
            headers.Add("x-checkin-token", checkInToken);
        }

        return headers;
    }

    public MemberService.MemberServiceClient Members => new(Channel);

    public StaffService.StaffServiceClient StaffApi => new(Channel);

    public KioskService.KioskServiceClient KioskApi => new(Channel);

    public SyncService.SyncServiceClient SyncApi => new(Channel);

    /// <summary>Enrolls a member with a fresh code; the PIN is 2468.</summary>
    public async Task<Member> EnrollAsync(Experience experience = Experience.Advanced, TrainingGoal goal = TrainingGoal.LegsPriority, string name = "Test Member")
    {
        var code = Interlocked.Increment(ref _codes).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await Members.EnrollMemberAsync(new EnrollMemberRequest { Code = code, DisplayName = name, Pin = "2468", Profile = Profile(experience, goal) }, Staff);
    }

    public static MemberProfile Profile(Experience experience = Experience.Advanced, TrainingGoal goal = TrainingGoal.LegsPriority) => new()
    {
        Experience = experience,
        Goal = goal,
        SplitDaySetsLegs = 16,
        SplitDaySetsBack = 14,
        BodyWeightKg = 80,
        AvailableMinutes = 90,
        Units = WeightUnit.Kg,
        OneRepMaxesKg = { ["back-squat"] = 160 },
    };

    public async Task<CheckInResponse> CheckInAsync(Member member, string? kioskKey = null, double sleep = 8) =>
        await KioskApi.CheckInAsync(new CheckInRequest { MemberCode = member.Code, Pin = "2468", SleepHours = sleep }, Kiosk(kioskKey ?? KioskKey1));

    public async Task<(CheckInResponse CheckIn, SessionPlan Plan)> CheckInAndPlanAsync(Member member, string? kioskKey = null)
    {
        var checkIn = await CheckInAsync(member, kioskKey);
        var plan = await KioskApi.PlanSessionAsync(new PlanSessionRequest(), Kiosk(kioskKey ?? KioskKey1, checkIn.CheckinToken));
        return (checkIn, plan.Plan);
    }

    public Fact SetFact(SessionPlan plan, PlannedExercise exercise, int setNumber, double load = 100, int reps = 5, double? rpe = 8)
    {
        var set = new SetLogged { Slot = exercise.Slot, ExerciseId = exercise.ExerciseId, SetNumber = setNumber, Load = load, Unit = WeightUnit.Kg, Reps = reps };
        if (rpe is { } r)
        {
            set.Rpe = r;
        }

        return new Fact { FactId = Guid.NewGuid().ToString(), SessionId = plan.SessionId, OccurredAt = Timestamp.FromDateTimeOffset(Clock.GetUtcNow()), SetLogged = set };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("BackLeg:DataFolder", _folder);
        foreach (var (key, value) in _store!.Settings)
        {
            builder.UseSetting(key, value);
        }

        // Many tests share this server's two kiosks and one staff account within seconds; RateLimitTests
        // runs its own server at the shipped limits.
        builder.UseSetting("BackLeg:CheckInsPerMinute", "100000");
        builder.UseSetting("BackLeg:SignInsPerMinute", "100000");

        // An in-memory host has no dashboard listener to take the phones' address from.
        builder.UseSetting("BackLeg:PhoneAddress", PhoneAddress);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
