using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Staff;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Demo;
using BackLegKiosk.Training.History;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.AppHost;

/// <summary>Enrolls the four demo personas with weeks of history written as the facts a kiosk would have pushed.</summary>
public static class DemoSeeder
{
    public static async Task<List<DemoMember>> SeedAsync(IServiceProvider services, Guid historyKioskId, DateTimeOffset now, IProgress<string> progress)
    {
        var members = new List<DemoMember>();
        var pins = new Dictionary<string, string>
        {
            [DemoPersonas.AdvancedLegs] = "1111",
            [DemoPersonas.AdvancedBack] = "2222",
            [DemoPersonas.Beginner] = "3333",
            [DemoPersonas.TrainedYesterday] = "4444",
        };
        var stories = new Dictionary<string, string>
        {
            [DemoPersonas.AdvancedLegs] = "advanced, legs focus",
            [DemoPersonas.AdvancedBack] = "advanced, back focus (lb)",
            [DemoPersonas.Beginner] = "beginner: gets the R8 warning",
            [DemoPersonas.TrainedYesterday] = "trained 30 h ago: not today",
        };
        foreach (var persona in DemoPersonas.All(now))
        {
            await EnrollAsync(services, persona, persona.Code, persona.Name, pins[persona.Key], historyKioskId);
            members.Add(new DemoMember(persona.Key, persona.Name, persona.Code, pins[persona.Key], stories[persona.Key]));
            progress.Report($"  demo member {persona.Name}: {persona.History.Count} past sessions");
        }

        return members;
    }

    /// <summary>One past session as the floor would have left it: its check-in, the session and its sets, counted by the fold and in the usage rollups.</summary>
    private static void AddPast(BackLegDbContext db, UsageRollup usage, Guid memberId, Guid kioskId, SessionRecord past, double sleepHours)
    {
        var session = new SessionEntity
        {
            Id = Guid.CreateVersion7(past.At),
            MemberId = memberId,
            KioskId = kioskId,
            CheckInId = Guid.CreateVersion7(past.At),
            PlannedAt = past.At,
            StartedAt = past.At,
            CompletedAt = past.At.AddMinutes(65),
            Focus = past.Focus ?? BodyRegion.Legs,
            PlannedSetsLegs = past.WorkingSets(BodyRegion.Legs),
            PlannedSetsBack = past.WorkingSets(BodyRegion.Back),
            EstimatedMinutes = 65,
            SleepHours = sleepHours,
            PlanJson = "{}",
        };
        db.Sessions.Add(session);

        // Each past session began with a check-in, as it would have on the floor: usage and busiest hours count these.
        db.CheckIns.Add(new CheckInEntity
        {
            Id = session.CheckInId,
            MemberId = memberId,
            KioskId = kioskId,
            At = past.At,
            SleepHours = sleepHours,
            Status = Training.Planning.ReadinessStatus.Go,
            // No token was ever issued for seeded history; a unique hash keeps the column's unique index.
            TokenHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(session.CheckInId.ToByteArray())),
            ExpiresAt = past.At,
            CheckedOutAt = past.At,
        });
        var facts = SetsOf(session, past);
        EffectiveSets.Mark(facts);
        db.Facts.AddRange(facts);
        usage.AddWritten(session, past.At, facts);
    }

    /// <summary>Enrolls a persona's profile under <paramref name="code"/> with the persona's history, as kiosks would have pushed it.</summary>
    public static async Task<Guid> EnrollAsync(IServiceProvider services, DemoPersona persona, string code, string name, string pin, Guid historyKioskId)
    {
        ArgumentNullException.ThrowIfNull(persona);
        await using var scope = services.CreateAsyncScope();
        var member = await scope.ServiceProvider.GetRequiredService<MemberDirectory>().EnrollAsync(code, name, pin, persona.Profile, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<BackLegDbContext>();
        var usage = new UsageRollup();
        foreach (var past in persona.History)
        {
            AddPast(db, usage, member.Id, historyKioskId, past, persona.SleepHoursLastNight);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        await usage.SaveIntoAsync(db, CancellationToken.None);
        await transaction.CommitAsync();
        return member.Id;
    }

    /// <summary>The session's sets two minutes apart, each group's in its slot of superset A, numbered as logged.</summary>
    private static List<FactEntity> SetsOf(SessionEntity session, SessionRecord past)
    {
        var minute = 0;
        var numbers = new Dictionary<string, int>();
        var facts = new List<FactEntity>();
        foreach (var set in past.Sets)
        {
            minute += 2;
            var slot = set.Region == session.Focus ? "A1" : "A2";
            var number = numbers[slot] = numbers.GetValueOrDefault(slot) + 1;
            facts.Add(new FactEntity
            {
                Id = Guid.CreateVersion7(past.At.AddMinutes(minute)),
                SessionId = session.Id,
                MemberId = session.MemberId,
                KioskId = session.KioskId,
                Kind = FactKind.SetLogged,
                OccurredAt = past.At.AddMinutes(minute),
                ReceivedAt = past.At.AddMinutes(minute),
                Slot = slot,
                ExerciseId = set.ExerciseId,
                Region = set.Region,
                SetNumber = number,
                LoadKg = set.LoadKg,
                LoadEntered = set.LoadKg,
                Unit = Training.Members.WeightUnit.Kilograms,
                Reps = set.Reps,
                Rpe = set.Rpe,
                WarmUp = set.IsWarmUp,
            });
        }

        return facts;
    }
}
