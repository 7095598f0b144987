using System.Diagnostics;
using System.Globalization;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Server.Tests;

/// <summary>
/// The staff views over a year of a busy gym (1,000 members, 200,000 sets) on a real SQLite file.
/// Times are printed, not asserted; the results are checked against what was seeded.
/// </summary>
public class StaffQueriesScaleTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const int Members = 1_000;
    private const int Sets = 200_000;
    private const int SetsPerSession = 20;

    [Fact]
    public async Task StaffQueries_OnAYearOfABusyGym_AnswerCorrectlyAndPrintTheirTimes()
    {
        var now = server.Clock.GetUtcNow();
        var (memberIds, kioskId) = await SeedAsync(now);
        await using var scope = server.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<StaffQueries>();
        var (from, to) = (now.AddDays(-366), now);

        var usage = await TimeAsync("usage, a year by day", () => queries.UsageAsync(from, to, hourly: false, CancellationToken.None));
        var flags = await TimeAsync("flags, a year", () => queries.FlaggedAsync(from, to, CancellationToken.None));
        var history = await TimeAsync("one member's history", () => queries.MemberHistoryAsync(memberIds[7], CancellationToken.None));
        var active = await TimeAsync("active sessions", () => queries.ActiveSessionsAsync(CancellationToken.None));

        Assert.Equal(Sets, usage.Total.Sets);
        Assert.Equal(usage.Total.Sets, usage.Points.Sum(p => p.Counts.Sets));
        Assert.Contains(usage.PerKiosk, k => k.KioskId == kioskId && k.Counts.Sets == Sets);
        Assert.Equal(Sets / SetsPerSession / Members, history.Sessions.Count);
        Assert.Equal(Sets / Members, history.Sessions.Sum(s => s.LegsSets + s.BackSets));
        Assert.NotEmpty(history.Exercises.Single(e => e.ExerciseId == "back-squat").Trend);
        Assert.NotEmpty(flags);
        Assert.NotNull(active);
    }

    private static async Task<T> TimeAsync<T>(string what, Func<Task<T>> query)
    {
        var clock = Stopwatch.StartNew();
        var result = await query();
        Print(string.Create(CultureInfo.InvariantCulture, $"{what}: {clock.Elapsed.TotalMilliseconds:0} ms"));
        return result;
    }

    /// <summary>To the test output, and to a file beside the test results that test.sh prints after the run.</summary>
    private static void Print(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        var folder = Environment.GetEnvironmentVariable("BACKLEG_ARTIFACTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.AppendAllLines(Path.Combine(folder, "staff-queries-at-scale.txt"), [line]);
        }
    }

    private async Task<(List<Guid> Members, Guid Kiosk)> SeedAsync(DateTimeOffset now)
    {
        var random = new Random(42);
        var clock = Stopwatch.StartNew();
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackLegDbContext>();
        var kiosk = new KioskEntity { Id = Guid.NewGuid(), Name = "Scale kiosk", KeyHash = new string('0', 64), CreatedAt = now };
        db.Kiosks.Add(kiosk);
        var members = Enumerable.Range(0, Members).Select(i => new MemberEntity
        {
            Id = Guid.NewGuid(),
            Code = (500_000 + i).ToString(CultureInfo.InvariantCulture),
            DisplayName = $"Scale member {i}",
            PinHash = "x",
            Experience = i % 5 == 0 ? Training.Members.Experience.Beginner : Training.Members.Experience.Advanced,
            SplitDaySetsLegs = 16,
            SplitDaySetsBack = 14,
            BodyWeightKg = 80,
            AvailableMinutes = 90,
            EnrolledAt = now.AddDays(-400),
        }).ToList();
        db.Members.AddRange(members);
        await db.SaveChangesAsync();

        await using var transaction = await db.Database.BeginTransactionAsync();
        var facts = new List<FactEntity>(Sets);

        // Rows written straight to the store skip the desks and the writer, so their use is counted here,
        // through the same rollup those keep in their transactions.
        var usage = new UsageRollup();
        var sessionsPerMember = Sets / SetsPerSession / Members;
        foreach (var member in members)
        {
            for (var s = 0; s < sessionsPerMember; s++)
            {
                var at = now.AddDays(-365 + (s * 365.0 / sessionsPerMember) + random.NextDouble()).AddHours(random.Next(6, 21) - 12);
                var session = new SessionEntity
                {
                    Id = Guid.CreateVersion7(at),
                    MemberId = member.Id,
                    KioskId = kiosk.Id,
                    CheckInId = Guid.CreateVersion7(at),
                    PlannedAt = at,
                    StartedAt = at,
                    CompletedAt = at.AddMinutes(60),
                    Focus = s % 2 == 0 ? Training.Catalog.BodyRegion.Legs : Training.Catalog.BodyRegion.Back,
                    PlannedSetsLegs = 12,
                    PlannedSetsBack = 11,
                    EstimatedMinutes = 60,
                    PlanJson = "{}",
                };
                db.Sessions.Add(session);
                db.CheckIns.Add(new CheckInEntity
                {
                    Id = session.CheckInId,
                    MemberId = member.Id,
                    KioskId = kiosk.Id,
                    At = at,
                    SleepHours = 6 + random.NextDouble() * 3,
                    TokenHash = Guid.NewGuid().ToString("N"),
                    ExpiresAt = at,
                    CheckedOutAt = at,
                    ShortSleep = random.Next(5) == 0,
                    NotSuited = member.Experience == Training.Members.Experience.Beginner,
                });
                var first = facts.Count;
                for (var n = 0; n < SetsPerSession; n++)
                {
                    var legs = n % 2 == 0;
                    facts.Add(new FactEntity
                    {
                        Id = Guid.CreateVersion7(at.AddMinutes(n)),
                        SessionId = session.Id,
                        MemberId = member.Id,
                        KioskId = kiosk.Id,
                        Kind = FactKind.SetLogged,
                        OccurredAt = at.AddMinutes(n * 2),
                        ReceivedAt = at.AddMinutes(n * 2),
                        Slot = legs ? "A1" : "A2",
                        ExerciseId = legs ? "back-squat" : "pull-up",
                        Region = legs ? Training.Catalog.BodyRegion.Legs : Training.Catalog.BodyRegion.Back,
                        SetNumber = (n / 2) + 1,
                        LoadKg = legs ? 100 + s : 0,
                        LoadEntered = legs ? 100 + s : 0,
                        Unit = Training.Members.WeightUnit.Kilograms,
                        Reps = 5,
                        Rpe = 8,
                    });
                }

                EffectiveSets.Mark(facts.GetRange(first, SetsPerSession));
                usage.AddWritten(session, at, facts.GetRange(first, SetsPerSession));
            }
        }

        await db.SaveChangesAsync();
        await FactInserter.InsertAsync(db, facts, CancellationToken.None);
        await usage.SaveIntoAsync(db, CancellationToken.None);
        await transaction.CommitAsync();
        Print(string.Create(CultureInfo.InvariantCulture, $"seeded {Members} members, {Sets / SetsPerSession} sessions, {Sets} sets in {clock.Elapsed.TotalSeconds:0.0} s"));
        return (members.Select(m => m.Id).ToList(), kiosk.Id);
    }
}
