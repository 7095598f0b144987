using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Staff;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;

namespace BackLegKiosk.DashboardScale;

/// <summary>
/// A year of a busy gym, made up the same way every run (seeded): members training every few days at
/// one of a few kiosks, each session a check-in, a completed session and its working sets, alternating
/// a legs and a back exercise, counted by the fold as the writer would have counted them. Loaded by the
/// dashboard benchmark and by the server's scale test.
/// </summary>
public sealed class GymYear(int members, int sets, int kiosks, DateTimeOffset now)
{
    public const int SetsPerSession = 20;

    public List<KioskEntity> Kiosks { get; } = [.. Enumerable.Range(1, kiosks).Select(k => new KioskEntity
    {
        Id = Guid.NewGuid(),
        Name = $"Scale kiosk {k}",
        KeyHash = new string('0', 64),
        CreatedAt = now.AddDays(-400),
    })];

    public List<MemberEntity> Members { get; } = [.. Enumerable.Range(0, members).Select(i => new MemberEntity
    {
        Id = Guid.NewGuid(),
        Code = (500_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
        DisplayName = $"Scale member {i}",
        PinHash = "x",
        Experience = i % 5 == 0 ? Experience.Beginner : Experience.Advanced,
        SplitDaySetsLegs = 16,
        SplitDaySetsBack = 14,
        BodyWeightKg = 80,
        AvailableMinutes = 90,
        EnrolledAt = now.AddDays(-400),
    })];

    /// <summary>
    /// Writes the year into the store in one transaction with each store's bulk path, its use counted into
    /// the rollups as the desks and the writer would have; <paramref name="progress"/> hears the sets loaded so far.
    /// </summary>
    public async Task LoadAsync(BackLegDbContext db, Action<long>? progress = null)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        await BulkLoader.LoadAsync(db, Kiosks);
        await BulkLoader.LoadAsync(db, Members);
        var usage = new UsageRollup();
        var (checkIns, sessions, facts) = (new List<CheckInEntity>(), new List<SessionEntity>(), new List<FactEntity>());
        var loaded = 0L;
        foreach (var (checkIn, session, logged) in Sessions())
        {
            checkIns.Add(checkIn);
            sessions.Add(session);
            facts.AddRange(logged);
            usage.AddWritten(session, checkIn.At, logged);
            if (facts.Count >= 100_000)
            {
                loaded += await FlushAsync(db, checkIns, sessions, facts);
                progress?.Invoke(loaded);
            }
        }

        await FlushAsync(db, checkIns, sessions, facts);
        await usage.SaveIntoAsync(db, CancellationToken.None);
        await transaction.CommitAsync();
    }

    private static async Task<int> FlushAsync(BackLegDbContext db, List<CheckInEntity> checkIns, List<SessionEntity> sessions, List<FactEntity> facts)
    {
        await BulkLoader.LoadAsync(db, checkIns);
        await BulkLoader.LoadAsync(db, sessions);
        await BulkLoader.LoadAsync(db, facts);
        var count = facts.Count;
        checkIns.Clear();
        sessions.Clear();
        facts.Clear();
        return count;
    }

    /// <summary>Each session with its check-in and sets, member by member, spread over the year before <c>now</c>.</summary>
    public IEnumerable<(CheckInEntity CheckIn, SessionEntity Session, List<FactEntity> Sets)> Sessions()
    {
        var random = new Random(42);
        var perMember = sets / SetsPerSession / members;
        foreach (var member in Members)
        {
            for (var s = 0; s < perMember; s++)
            {
                var at = now.AddDays(-365 + (s * 365.0 / perMember) + random.NextDouble()).AddHours(random.Next(6, 21) - 12);
                var kiosk = Kiosks[random.Next(Kiosks.Count)].Id;
                var session = new SessionEntity
                {
                    Id = Guid.CreateVersion7(at),
                    MemberId = member.Id,
                    KioskId = kiosk,
                    CheckInId = Guid.CreateVersion7(at),
                    PlannedAt = at,
                    StartedAt = at,
                    CompletedAt = at.AddMinutes(60),
                    Focus = s % 2 == 0 ? BodyRegion.Legs : BodyRegion.Back,
                    PlannedSetsLegs = 12,
                    PlannedSetsBack = 11,
                    EstimatedMinutes = 60,
                    PlanJson = "{}",
                };
                var checkIn = new CheckInEntity
                {
                    Id = session.CheckInId,
                    MemberId = member.Id,
                    KioskId = kiosk,
                    At = at,
                    SleepHours = 6 + (random.NextDouble() * 3),
                    TokenHash = Guid.NewGuid().ToString("N"),
                    ExpiresAt = at,
                    CheckedOutAt = at,
                    ShortSleep = random.Next(5) == 0,
                    NotSuited = member.Experience == Experience.Beginner,
                };
                var logged = Enumerable.Range(0, SetsPerSession).Select(n => Set(session, at, n, s)).ToList();
                EffectiveSets.Mark(logged);
                yield return (checkIn, session, logged);
            }
        }
    }

    private static FactEntity Set(SessionEntity session, DateTimeOffset at, int n, int sessionNumber)
    {
        var legs = n % 2 == 0;
        return new FactEntity
        {
            Id = Guid.CreateVersion7(at.AddMinutes(n)),
            SessionId = session.Id,
            MemberId = session.MemberId,
            KioskId = session.KioskId,
            Kind = FactKind.SetLogged,
            OccurredAt = at.AddMinutes(n * 2),
            ReceivedAt = at.AddMinutes(n * 2),
            Slot = legs ? "A1" : "A2",
            ExerciseId = legs ? "back-squat" : "pull-up",
            Region = legs ? BodyRegion.Legs : BodyRegion.Back,
            SetNumber = (n / 2) + 1,
            LoadKg = legs ? 100 + sessionNumber : 0,
            LoadEntered = legs ? 100 + sessionNumber : 0,
            Unit = WeightUnit.Kilograms,
            Reps = 5,
            Rpe = 8,
        };
    }
}
