using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Fuzz;

/// <summary>
/// What the fuzz run plants before it starts: a kiosk, a staff account, a member checked in with a
/// planned session. Their credentials make the headers; their ids (never the member's, so a valid staff
/// call cannot change or erase the member legitimately) seed the strings, so inputs get past lookups.
/// </summary>
internal sealed class FuzzSeed
{
    private const string StaffUser = "fuzz-coach";
    private const string StaffPassword = "fuzz coach password";
    private const string MemberCode = "7070";

    private FuzzSeed(string deviceKey, string checkInToken, string staffToken, IReadOnlyList<string> knownStrings)
    {
        var forged = $"{deviceKey.Split('.')[0]}.{new string('A', 43)}";
        _headers =
        [
            [],
            [new(Contracts.KioskHeaders.DeviceKey, deviceKey)],
            [new(Contracts.KioskHeaders.DeviceKey, deviceKey), new(Contracts.KioskHeaders.CheckInToken, checkInToken)],
            [new(Contracts.KioskHeaders.DeviceKey, deviceKey), new(Contracts.KioskHeaders.CheckInToken, "a-token-nobody-issued")],
            [new(Contracts.KioskHeaders.DeviceKey, forged), new(Contracts.KioskHeaders.CheckInToken, checkInToken)],
            [new(Contracts.KioskHeaders.DeviceKey, "garbage")],
            [new(Contracts.KioskHeaders.CheckInToken, checkInToken)],
            [new("authorization", $"Bearer {staffToken}")],
            [new("authorization", "Bearer not.a.jwt")],
            [new("authorization", $"Bearer {staffToken}"), new(Contracts.KioskHeaders.DeviceKey, deviceKey)],
            [new(Contracts.KioskHeaders.DeviceKey, new string('k', 12_000))],
        ];
        KnownStrings = knownStrings;
    }

    private readonly Metadata.Entry[][] _headers;

    public int HeaderSets => _headers.Length;

    public IReadOnlyList<string> KnownStrings { get; }

    public Metadata Headers(int set)
    {
        var headers = new Metadata();
        foreach (var entry in _headers[set])
        {
            headers.Add(entry);
        }

        return headers;
    }

    public static async Task<FuzzSeed> PlantAsync(IServiceProvider services, GrpcChannel channel)
    {
        string deviceKey;
        Guid kioskId;
        await using (var scope = services.CreateAsyncScope())
        {
            var (kiosk, key) = await scope.ServiceProvider.GetRequiredService<KioskRegistry>().ProvisionAsync("Fuzz kiosk", CancellationToken.None);
            (deviceKey, kioskId) = (key.ToString(), kiosk.Id);
            await scope.ServiceProvider.GetRequiredService<StaffDirectory>().AddStaffAsync(StaffUser, StaffPassword, CancellationToken.None);
            var profile = new Training.Members.MemberProfile(Training.Members.Experience.Advanced, Training.Members.TrainingGoal.LegsPriority, 16, 14, 80, new Dictionary<string, double> { ["back-squat"] = 150 }, 90, Training.Members.WeightUnit.Kilograms);
            await scope.ServiceProvider.GetRequiredService<MemberDirectory>().EnrollAsync(MemberCode, "Fuzz Member", "2468", profile, CancellationToken.None);
        }

        var staffToken = (await new AuthService.AuthServiceClient(channel).SignInAsync(new SignInRequest { Username = StaffUser, Password = StaffPassword })).AccessToken;
        var kioskApi = new KioskService.KioskServiceClient(channel);
        var checkIn = await kioskApi.CheckInAsync(new CheckInRequest { MemberCode = MemberCode, Pin = "2468", SleepHours = 8 }, new Metadata { { Contracts.KioskHeaders.DeviceKey, deviceKey } });
        var plan = (await kioskApi.PlanSessionAsync(new PlanSessionRequest(), new Metadata { { Contracts.KioskHeaders.DeviceKey, deviceKey }, { Contracts.KioskHeaders.CheckInToken, checkIn.CheckinToken } })).Plan;
        string[] known = [MemberCode, plan.SessionId, kioskId.ToString(), StaffUser, .. plan.Supersets.SelectMany(s => new[] { s.First.Slot, s.First.ExerciseId, s.Second.Slot, s.Second.ExerciseId })];
        return new FuzzSeed(deviceKey, checkIn.CheckinToken, staffToken, known);
    }

    /// <summary>The planted rows' identity and secrets: lockout counters may move, nothing else may.</summary>
    public static async Task<string> SnapshotAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackLegDbContext>();
        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Code == MemberCode);
        var kiosk = await db.Kiosks.AsNoTracking().SingleAsync(k => k.Name == "Fuzz kiosk");
        var staff = await db.StaffAccounts.AsNoTracking().SingleAsync(s => s.Username == StaffUser);
        return string.Join(
            "|",
            member.Id, member.DisplayName, member.PinHash, member.OneRepMaxesJson, member.BodyWeightKg, member.Experience, member.Goal,
            kiosk.Id, kiosk.KeyHash, kiosk.RevokedAt, staff.Id, staff.PasswordHash, staff.Role);
    }
}
