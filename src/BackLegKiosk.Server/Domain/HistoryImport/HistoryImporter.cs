using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Rules;
using BackLegKiosk.Training.Vocabulary;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Domain.HistoryImport;

/// <summary>
/// Brings a member's history from Strong, Hevy or FitNotes: each workout becomes a completed session of its
/// sets, filed under <see cref="ImportKiosk"/>, so R9 and progression read it like a session on the floor.
/// Ids come from the member, the app and the workout, so importing the same export again adds nothing.
/// </summary>
public sealed class HistoryImporter(BackLegDbContext db, ImportNames names, IOptions<ServerOptions> options, TimeProvider time)
{
    /// <summary>Workouts stored per transaction: progress moves, and a big export does not hold one long write lock.</summary>
    private const int Batch = 50;

    /// <summary>Minutes a set takes, for a session length the apps' exports do not all give.</summary>
    private const int MinutesPerSet = 3;

    public async Task<ImportReport> ImportAsync(Guid memberId, ImportFormat format, Stream file, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken) ?? throw new NotFoundException("No such member.");
        List<ImportedSet> sets;
        List<(int Line, string Problem)> bad;
        using (var reader = new StreamReader(file))
        {
            (sets, bad) = HistoryCsv.Read(reader, format, member.Units, options.Value.Zone);
        }

        var now = time.GetUtcNow();
        bad.AddRange(sets.Where(s => s.Workout > now).Select(s => (s.Line, "the workout is dated in the future")));
        var unmapped = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var workouts = sets
            .Where(s => s.Workout <= now)
            .GroupBy(s => (s.Workout, s.WorkoutName))
            .OrderBy(w => w.Key.Workout)
            .Select(w => Mapped(w.Key.Workout, w.Key.WorkoutName, [.. w], unmapped, bad))
            .Where(w => w.Sets.Count > 0)
            .ToList();

        var (added, setsAdded, already) = (0, 0, 0);
        foreach (var chunk in workouts.Chunk(Batch))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await FactOrder.TakeAsync(db, cancellationToken);
            var ids = chunk.Select(w => SessionId(memberId, format, w.Start, w.Name)).ToList();
            var stored = await db.Sessions.Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
            foreach (var (workout, id) in chunk.Zip(ids).Where(w => !stored.Contains(w.Second)))
            {
                setsAdded += Add(memberId, format, id, workout, now);
                added++;
            }

            already += stored.Count;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            progress?.Report(new ImportProgress(added + already, workouts.Count));
        }

        if (workouts.Count == 0)
        {
            // No batch ran to say so: a file of nothing but unknown names or bad rows is done at once.
            progress?.Report(new ImportProgress(0, 0));
        }

        return new ImportReport(added, setsAdded, already, unmapped, [.. bad.OrderBy(b => b.Line)]);
    }

    private sealed record Workout(DateTimeOffset Start, string Name, List<(ImportedSet Set, Exercise Exercise)> Sets);

    /// <summary>
    /// The workout's sets of exercises the table knows. Others (a bench press, a run) are counted as unmapped,
    /// not refused; an empty set of a known exercise is a bad row, as the kiosk would refuse it.
    /// </summary>
    private Workout Mapped(DateTimeOffset start, string name, List<ImportedSet> sets, Dictionary<string, int> unmapped, List<(int Line, string Problem)> bad)
    {
        var mapped = new List<(ImportedSet, Exercise)>();
        foreach (var set in sets)
        {
            if (names.Find(set.ExerciseName) is not { } exercise)
            {
                unmapped[set.ExerciseName] = unmapped.GetValueOrDefault(set.ExerciseName) + 1;
            }
            else if (Training.Sets.SetEntry.IsEmpty(set.Reps, set.Failed))
            {
                bad.Add((set.Line, "reps: 0 and not marked failed is no set"));
            }
            else
            {
                mapped.Add((set, exercise));
            }
        }

        return new Workout(start, name, mapped);
    }

    /// <summary>Stores one workout as a completed session; returns the sets stored.</summary>
    private int Add(Guid memberId, ImportFormat format, Guid sessionId, Workout workout, DateTimeOffset now)
    {
        var working = workout.Sets.Where(s => !s.Set.WarmUp).ToList();
        var legs = working.Count(s => s.Exercise.Region == BodyRegion.Legs);
        var minutes = workout.Sets.Count * MinutesPerSet;
        var session = new SessionEntity
        {
            Id = sessionId,
            MemberId = memberId,
            KioskId = ImportKiosk.Id,
            CheckInId = sessionId,
            PlannedAt = workout.Start,
            StartedAt = workout.Start,
            CompletedAt = workout.Start.AddMinutes(minutes),
            Focus = legs >= working.Count - legs ? BodyRegion.Legs : BodyRegion.Back,
            PlannedSetsLegs = legs,
            PlannedSetsBack = working.Count - legs,
            EstimatedMinutes = minutes,
            PlanJson = "{}",
            ImportedFrom = Words.Of(format),
        };
        var facts = Facts(session, workout, now);
        EffectiveSets.Mark(facts);
        foreach (var fact in facts.Where(f => f.Counted && !f.WarmUp))
        {
            session.CountSet(fact.Region, +1);
        }

        db.Sessions.Add(session);
        db.Facts.AddRange(facts);
        return facts.Count;
    }

    /// <summary>One slot per exercise in the order the workout did them (A1, B1, …, AA1), as a kiosk's first slot of a superset; sets numbered within it.</summary>
    private static List<FactEntity> Facts(SessionEntity session, Workout workout, DateTimeOffset now)
    {
        var slots = workout.Sets.Select(s => s.Exercise.Id).Distinct().Select((id, i) => (id, i)).ToDictionary(p => p.id, p => R1Alternate.Label(p.i) + "1");
        var numbers = new Dictionary<(string, bool), int>();
        return [.. workout.Sets.Select((s, i) =>
        {
            var slot = slots[s.Exercise.Id];
            var number = numbers[(slot, s.Set.WarmUp)] = numbers.GetValueOrDefault((slot, s.Set.WarmUp)) + 1;
            return new FactEntity
            {
                Id = StableId($"{session.Id}/{i}"),
                SessionId = session.Id,
                MemberId = session.MemberId,
                KioskId = ImportKiosk.Id,
                Kind = FactKind.SetLogged,
                OccurredAt = session.StartedAt!.Value.AddMinutes(i * MinutesPerSet),
                ReceivedAt = now,
                Slot = slot,
                ExerciseId = s.Exercise.Id,
                Region = s.Exercise.Region,
                SetNumber = number,
                LoadKg = s.Set.LoadKg,
                LoadEntered = s.Set.LoadKg,
                Unit = Training.Members.WeightUnit.Kilograms,
                Reps = s.Set.Reps,
                Rpe = s.Set.Rpe,
                WarmUp = s.Set.WarmUp,
                Failed = s.Set.Failed,
            };
        })];
    }

    private static Guid SessionId(Guid memberId, ImportFormat format, DateTimeOffset start, string name) =>
        StableId(string.Create(CultureInfo.InvariantCulture, $"{memberId}/{format}/{start.UtcTicks}/{name}"));

    /// <summary>A UUID (version 8) that the same text always gives: the idempotency key of an imported row.</summary>
    private static Guid StableId(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
