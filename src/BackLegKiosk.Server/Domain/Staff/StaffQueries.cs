using System.Globalization;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Progression;
using BackLegKiosk.Training.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>
/// The staff views: usage, sessions in progress, flags, member history, kiosks. Each is a few indexed
/// queries, never one per row. Sets are those <see cref="FactEntity.Counted"/> marks: voids,
/// corrections and a set logged twice are settled once, at ingest, for every reader.
/// </summary>
public sealed class StaffQueries(BackLegDbContext db, TimeProvider time, IOptions<ServerOptions> options, ExerciseCatalog catalog)
{
    public const int MaxRangeDays = 366;

    /// <summary>Hourly usage covers at most this many days, so the chart stays readable and the buckets few.</summary>
    public const int MaxHourlyDays = 31;

    public async Task<UsageReport> UsageAsync(DateTimeOffset from, DateTimeOffset to, bool hourly, CancellationToken cancellationToken)
    {
        CheckRange(from, to);
        if (hourly && to - from > TimeSpan.FromDays(MaxHourlyDays))
        {
            throw new InvalidFieldException("to", $"hourly usage covers at most {MaxHourlyDays} days");
        }

        // Only the rollups: a year is at most 24 x 366 rows per kiosk, however many sets it held. Use is
        // counted per hour, so a range that starts mid-hour takes that whole hour, in its first bucket.
        var firstHour = UsageRollupEntity.HourOf(from);
        var rolled = await db.UsageRollups.AsNoTracking().Where(u => u.Hour >= firstHour && u.Hour < to).ToListAsync(cancellationToken);
        var checkInTimes = Weighed(rolled, from, u => u.CheckIns);
        var sessionTimes = Weighed(rolled, from, u => u.Sessions);
        var setTimes = Weighed(rolled, from, u => u.Sets);
        var completedCount = rolled.Sum(u => u.CompletedSessions);

        var zone = options.Value.Zone;
        var starts = LocalCalendar.Buckets(from, to, !hourly, zone);
        int[] Bucketed(List<(DateTimeOffset At, int Count)> times)
        {
            var counts = new int[starts.Count];
            times.ForEach(t => counts[LocalCalendar.BucketOf(starts, t.At)] += t.Count);
            return counts;
        }

        var (c, s, f) = (Bucketed(checkInTimes), Bucketed(sessionTimes), Bucketed(setTimes));
        return new UsageReport(
            new UsageCounts(checkInTimes.Sum(t => t.Count), sessionTimes.Sum(t => t.Count), setTimes.Sum(t => t.Count)),
            new SessionLengths(
                completedCount,
                completedCount == 0 ? 0 : Math.Round(rolled.Sum(u => u.TrainedMinutes) / completedCount, 1),
                completedCount == 0 ? 0 : Math.Round(rolled.Sum(u => (double)u.EstimatedMinutes) / completedCount, 1)),
            [.. starts.Select((start, i) => new UsagePoint(start, new UsageCounts(c[i], s[i], f[i])))],
            await PerKioskAsync(rolled, cancellationToken),
            BusiestHours(checkInTimes, zone));
    }

    /// <summary>Each rolled-up hour with something to count, weighed by its count; the hour <paramref name="from"/> falls in is placed at it.</summary>
    private static List<(DateTimeOffset At, int Count)> Weighed(List<UsageRollupEntity> rolled, DateTimeOffset from, Func<UsageRollupEntity, int> count) =>
        [.. rolled.Where(u => count(u) != 0).Select(u => (u.Hour < from ? from : u.Hour, count(u)))];

    public async Task<ActiveSessions> ActiveSessionsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now.AddHours(-options.Value.OpenSessionHours);
        var open = await db.Sessions.AsNoTracking()
            .Where(s => s.CompletedAt == null && s.AbandonedAt == null && s.PlannedAt > since)
            .Join(db.Members, s => s.MemberId, m => m.Id, (s, m) => new { Session = s, m.DisplayName })
            .Join(db.Kiosks, x => x.Session.KioskId, k => k.Id, (x, k) => new { x.Session, x.DisplayName, KioskName = k.Name })
            .OrderBy(x => x.Session.PlannedAt)
            .ToListAsync(cancellationToken);
        var ids = open.Select(o => o.Session.Id).ToList();
        var sets = (await db.Facts.AsNoTracking()
            .Where(f => ids.Contains(f.SessionId)).CountedSets()
            .OrderBy(f => f.Sequence)
            .ToListAsync(cancellationToken))
            .ToLookup(f => f.SessionId);

        return new ActiveSessions(now, [.. open.Select(o =>
        {
            var logged = sets[o.Session.Id].ToList();
            return new ActiveSession(
                o.Session.Id,
                o.Session.MemberId,
                o.DisplayName,
                o.Session.KioskId,
                o.KioskName,
                logged.Count == 0 ? "A" : R1Alternate.SupersetOf(logged[^1].Slot!),
                o.Session.StartedAt ?? o.Session.PlannedAt,
                logged.Count,
                o.Session.PlannedSetsLegs + o.Session.PlannedSetsBack);
        })]);
    }

    public async Task<IReadOnlyList<FlaggedMember>> FlaggedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        CheckRange(from, to);
        var flagged = await db.CheckIns.AsNoTracking()
            .Where(c => c.At >= from && c.At < to && (c.TooSoon || c.TooOften || c.NotSuited || c.ShortSleep))
            .Join(db.Members, c => c.MemberId, m => m.Id, (c, m) => new { CheckIn = c, m.Code, m.DisplayName })
            .ToListAsync(cancellationToken);
        var overrides = (await db.CoachOverrides.AsNoTracking().Where(o => o.At >= from && o.At < to).OrderByDescending(o => o.At).ToListAsync(cancellationToken))
            .ToLookup(o => o.MemberId, Coaching.CoachOverrides.Granted);

        return [.. flagged.GroupBy(f => f.CheckIn.MemberId).OrderByDescending(g => g.Max(x => x.CheckIn.At)).Select(member => new FlaggedMember(
            member.Key,
            member.First().Code,
            member.First().DisplayName,
            member.Count(x => x.CheckIn.TooSoon),
            member.Count(x => x.CheckIn.TooOften),
            member.Count(x => x.CheckIn.NotSuited),
            member.Count(x => x.CheckIn.ShortSleep),
            [.. member.OrderByDescending(x => x.CheckIn.At).SelectMany(x => FlagsOf(x.CheckIn))],
            [.. overrides[member.Key]]))];
    }

    public async Task<MemberHistory> MemberHistoryAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken)
            ?? throw new NotFoundException("No such member.");
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.MemberId == memberId).OrderBy(s => s.PlannedAt).ToListAsync(cancellationToken);
        var kiosks = await db.Kiosks.AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);

        // Counts come from the sessions' own rows, kept by the fact writer: a member with years of history
        // costs one row per session here. Only progress needs the sets themselves, and only loaded ones.
        var loaded = await db.Facts.AsNoTracking()
            .Where(f => f.MemberId == memberId).CountedSets()
            .Where(f => f.LoadKg > 0 && f.Reps >= 1)
            .OrderBy(f => f.Sequence)
            .ToListAsync(cancellationToken);

        return new MemberHistory(
            member.Id,
            member.DisplayName,
            MemberDirectory.ToProfile(member),
            [.. sessions.Select(s => new SessionSummary(
                s.Id,
                s.PlannedAt,
                s.CompletedAt,
                s.Focus,
                s.PlannedSetsLegs + s.PlannedSetsBack,
                s.CountedSetsLegs,
                s.CountedSetsBack,
                kiosks.GetValueOrDefault(s.KioskId, string.Empty),
                s.EstimatedMinutes))],
            [.. sessions.Where(s => s.CountedSetsLegs + s.CountedSetsBack > 0)
                .GroupBy(s => LocalCalendar.StartOfWeek(s.StartedAt ?? s.PlannedAt, options.Value.Zone)).OrderBy(g => g.Key)
                .Select(week => new WeeklyVolume(week.Key, week.Sum(s => s.CountedSetsLegs), week.Sum(s => s.CountedSetsBack)))],
            [.. loaded.GroupBy(f => f.ExerciseId!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(Progress)]);
    }

    public async Task<IReadOnlyList<KioskStatus>> KiosksAsync(CancellationToken cancellationToken) =>
        [.. (await db.Kiosks.AsNoTracking().Where(k => !SystemKiosks.Ids.Contains(k.Id)).OrderBy(k => k.Name).ToListAsync(cancellationToken)).Select(kiosk => new KioskStatus(
            kiosk.Id,
            kiosk.Name,
            kiosk.LastSeenAt,
            kiosk.LastPushAt,
            kiosk.LastHeartbeatAt,
            kiosk.FactsReceived,
            kiosk.PendingFacts,
            kiosk.RefusedFacts,
            KioskRegistry.DeadLettersOf(kiosk),
            kiosk.StorageProblem,
            kiosk.ResendRequests > kiosk.ResendRequestsDone,
            kiosk.RevokedAt))];

    /// <summary>Refuses a span that is empty, reversed or longer than <see cref="MaxRangeDays"/>, naming <c>to</c>.</summary>
    public static void CheckRange(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            throw new InvalidFieldException("to", "must be after from");
        }

        if (to - from > TimeSpan.FromDays(MaxRangeDays))
        {
            throw new InvalidFieldException("to", string.Create(CultureInfo.InvariantCulture, $"must be at most {MaxRangeDays} days after from"));
        }
    }

    private async Task<IReadOnlyList<KioskUsage>> PerKioskAsync(List<UsageRollupEntity> rolled, CancellationToken cancellationToken)
    {
        var rolledPerKiosk = rolled.ToLookup(u => u.KioskId);
        var kiosks = await db.Kiosks.AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);
        // Members' phones are listed once a phone has recorded something.
        return [.. kiosks.Where(k => !SystemKiosks.Ids.Contains(k.Key) || rolledPerKiosk[k.Key].Any()).OrderBy(k => k.Value, StringComparer.Ordinal).Select(k => new KioskUsage(
            k.Key,
            k.Value,
            new UsageCounts(
                rolledPerKiosk[k.Key].Sum(u => u.CheckIns),
                rolledPerKiosk[k.Key].Sum(u => u.Sessions),
                rolledPerKiosk[k.Key].Sum(u => u.Sets))))];
    }

    private static IReadOnlyList<HourOfWeek> BusiestHours(List<(DateTimeOffset At, int Count)> checkIns, TimeZoneInfo zone) =>
        [.. checkIns
            .Select(c => (Local: TimeZoneInfo.ConvertTime(c.At, zone), c.Count))
            .GroupBy(c => (Weekday: ((int)c.Local.DayOfWeek + 6) % 7, c.Local.Hour))
            .OrderBy(g => g.Key)
            .Select(g => new HourOfWeek(g.Key.Weekday, g.Key.Hour, g.Sum(c => c.Count)))];

    private static IEnumerable<MemberFlag> FlagsOf(CheckInEntity checkIn)
    {
        var flags = new (bool Raised, FlagKind Kind, string Rule)[]
        {
            (checkIn.TooSoon, FlagKind.TooSoon, "R9"),
            (checkIn.TooOften, FlagKind.TooOften, "R9"),
            (checkIn.NotSuited, FlagKind.NotSuited, "R8"),
            (checkIn.ShortSleep, FlagKind.ShortSleep, "R10"),
        };
        return flags.Where(f => f.Raised).Select(f => new MemberFlag(checkIn.At, f.Kind, f.Rule));
    }

    private ExerciseProgress Progress(IGrouping<string, FactEntity> exercise)
    {
        var estimates = exercise
            .Where(f => f.Reps + (f.Rpe is { } r ? Math.Max(0, 10 - r) : 0) <= OneRepMax.MaxRepsForEstimate)
            .Select(f => (f.SessionId, f.OccurredAt, E1rm: OneRepMax.Estimate(f.LoadKg!.Value, f.Reps!.Value, f.Rpe, OneRepMaxFormula.Epley)))
            .ToList();
        var best = estimates.Count > 0 ? estimates.MaxBy(e => e.E1rm) : default((Guid SessionId, DateTimeOffset OccurredAt, double E1rm)?);
        return new ExerciseProgress(
            exercise.Key,
            catalog.TryGet(exercise.Key, out var known) ? known.Name : exercise.Key,
            exercise.Max(f => f.LoadKg!.Value),
            best is { } b ? Math.Round(b.E1rm, 1) : 0,
            best?.OccurredAt,
            [.. estimates.GroupBy(e => e.SessionId)
                .Select(g => new E1rmPoint(g.Min(e => e.OccurredAt), Math.Round(g.Max(e => e.E1rm), 1)))
                .OrderBy(p => p.At)]);
    }
}
