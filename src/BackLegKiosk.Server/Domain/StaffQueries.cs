using System.Globalization;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Progression;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Server.Domain;

/// <summary>The staff views: usage, sessions in progress, flags, member history, kiosks. Each is a few indexed queries, never one per row.</summary>
public sealed class StaffQueries(BackLegDbContext db, TimeProvider time, IOptions<ServerOptions> options)
{
    public const int MaxRangeDays = 366;

    public async Task<Api.UsageReport> UsageAsync(Api.UsageRequest request, CancellationToken cancellationToken)
    {
        var (from, to) = Range(request.From, request.To);
        var bucket = request.Bucket switch
        {
            Api.UsageBucket.Hour => TimeSpan.FromHours(1),
            Api.UsageBucket.Day or Api.UsageBucket.Unspecified => TimeSpan.FromDays(1),
            _ => throw new InvalidFieldException("bucket", "must be hour or day"),
        };
        if (bucket == TimeSpan.FromHours(1) && to - from > TimeSpan.FromDays(31))
        {
            throw new InvalidFieldException("to", "hourly usage covers at most 31 days");
        }

        var checkIns = db.CheckIns.AsNoTracking().Where(c => c.At >= from && c.At < to);
        var sessions = db.Sessions.AsNoTracking().Where(s => s.PlannedAt >= from && s.PlannedAt < to);

        // Counted is the fold's answer kept at ingest (EffectiveSets.Mark): voids, corrections and a set
        // logged twice are settled there, once, for every reader.
        var sets = db.Facts.AsNoTracking().Where(f => f.Counted && !f.WarmUp && f.OccurredAt >= from && f.OccurredAt < to);
        var checkInTimes = await checkIns.Select(c => c.At).ToListAsync(cancellationToken);
        var sessionTimes = await sessions.Select(s => s.PlannedAt).ToListAsync(cancellationToken);
        var setTimes = await sets.Select(f => f.OccurredAt).ToListAsync(cancellationToken);
        var checkInsPerKiosk = await checkIns.GroupBy(c => c.KioskId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var sessionsPerKiosk = await sessions.GroupBy(s => s.KioskId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var setsPerKiosk = await sets.GroupBy(f => f.KioskId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var kiosks = await db.Kiosks.AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);
        var completed = await sessions
            .Where(s => s.CompletedAt != null)
            .Select(s => new { Start = s.StartedAt ?? s.PlannedAt, End = s.CompletedAt!.Value, s.EstimatedMinutes })
            .ToListAsync(cancellationToken);

        var report = new Api.UsageReport
        {
            Total = new Api.UsageCounts { CheckIns = checkInTimes.Count, Sessions = sessionTimes.Count, Sets = setTimes.Count },
            SessionLength = new Api.SessionLength
            {
                Completed = completed.Count,
                AverageMinutes = completed.Count == 0 ? 0 : Math.Round(completed.Average(s => (s.End - s.Start).TotalMinutes), 1),
                AverageEstimatedMinutes = completed.Count == 0 ? 0 : Math.Round(completed.Average(s => s.EstimatedMinutes), 1),
            },
        };
        var zone = options.Value.Zone;
        report.BusiestHours.Add(checkInTimes
            .Select(at => TimeZoneInfo.ConvertTime(at, zone))
            .GroupBy(local => (Weekday: ((int)local.DayOfWeek + 6) % 7, local.Hour))
            .OrderBy(g => g.Key)
            .Select(g => new Api.HourOfWeek { Weekday = g.Key.Weekday, Hour = g.Key.Hour, CheckIns = g.Count() }));

        var starts = LocalCalendar.Buckets(from, to, bucket == TimeSpan.FromDays(1), zone);
        var points = starts.Select(start => new Api.UsagePoint { Start = Timestamp.FromDateTimeOffset(start), Counts = new Api.UsageCounts() }).ToList();
        checkInTimes.ForEach(at => points[LocalCalendar.BucketOf(starts, at)].Counts.CheckIns++);
        sessionTimes.ForEach(at => points[LocalCalendar.BucketOf(starts, at)].Counts.Sessions++);
        setTimes.ForEach(at => points[LocalCalendar.BucketOf(starts, at)].Counts.Sets++);
        report.Points.Add(points);

        foreach (var (id, name) in kiosks.OrderBy(k => k.Value, StringComparer.Ordinal))
        {
            report.PerKiosk.Add(new Api.KioskUsage
            {
                KioskId = id.ToString(),
                KioskName = name,
                Counts = new Api.UsageCounts
                {
                    CheckIns = checkInsPerKiosk.GetValueOrDefault(id),
                    Sessions = sessionsPerKiosk.GetValueOrDefault(id),
                    Sets = setsPerKiosk.GetValueOrDefault(id),
                },
            });
        }

        return report;
    }

    public async Task<Api.ActiveSessionsSnapshot> ActiveSessionsAsync(CancellationToken cancellationToken)
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
            .Where(f => ids.Contains(f.SessionId) && f.Counted && !f.WarmUp)
            .OrderBy(f => f.Sequence)
            .ToListAsync(cancellationToken))
            .ToLookup(f => f.SessionId);

        var snapshot = new Api.ActiveSessionsSnapshot { AsOf = Timestamp.FromDateTimeOffset(now) };
        foreach (var o in open)
        {
            var logged = sets[o.Session.Id].ToList();
            snapshot.Sessions.Add(new Api.ActiveSession
            {
                SessionId = o.Session.Id.ToString(),
                MemberId = o.Session.MemberId.ToString(),
                MemberName = o.DisplayName,
                KioskId = o.Session.KioskId.ToString(),
                KioskName = o.KioskName,
                CurrentSuperset = logged.Count == 0 ? "A" : logged[^1].Slot![..1],
                StartedAt = Timestamp.FromDateTimeOffset(o.Session.StartedAt ?? o.Session.PlannedAt),
                SetsLogged = logged.Count,
                SetsPlanned = o.Session.PlannedSetsLegs + o.Session.PlannedSetsBack,
            });
        }

        return snapshot;
    }

    public async Task<Api.FlaggedMembersResponse> FlaggedAsync(Api.FlaggedMembersRequest request, CancellationToken cancellationToken)
    {
        var (from, to) = Range(request.From, request.To);
        var flagged = await db.CheckIns.AsNoTracking()
            .Where(c => c.At >= from && c.At < to && (c.TooSoon || c.TooOften || c.NotSuited || c.ShortSleep))
            .Join(db.Members.Where(m => !m.Erased), c => c.MemberId, m => m.Id, (c, m) => new { CheckIn = c, m.Code, m.DisplayName })
            .ToListAsync(cancellationToken);

        var response = new Api.FlaggedMembersResponse();
        foreach (var member in flagged.GroupBy(f => f.CheckIn.MemberId).OrderByDescending(g => g.Max(x => x.CheckIn.At)))
        {
            var entry = new Api.FlaggedMember
            {
                MemberId = member.Key.ToString(),
                Code = member.First().Code,
                DisplayName = member.First().DisplayName,
                TooSoon = member.Count(x => x.CheckIn.TooSoon),
                TooOften = member.Count(x => x.CheckIn.TooOften),
                NotSuited = member.Count(x => x.CheckIn.NotSuited),
                ShortSleep = member.Count(x => x.CheckIn.ShortSleep),
            };
            foreach (var x in member.OrderByDescending(x => x.CheckIn.At))
            {
                var at = Timestamp.FromDateTimeOffset(x.CheckIn.At);
                AddIf(x.CheckIn.TooSoon, Api.FlagKind.TooSoon, "R9");
                AddIf(x.CheckIn.TooOften, Api.FlagKind.TooOften, "R9");
                AddIf(x.CheckIn.NotSuited, Api.FlagKind.NotSuited, "R8");
                AddIf(x.CheckIn.ShortSleep, Api.FlagKind.ShortSleep, "R10");

                void AddIf(bool flag, Api.FlagKind kind, string rule)
                {
                    if (flag)
                    {
                        entry.Flags.Add(new Api.Flag { At = at, Kind = kind, RuleId = rule });
                    }
                }
            }

            response.Members.Add(entry);
        }

        return response;
    }

    public async Task<Api.MemberHistory> MemberHistoryAsync(string? memberIdText, CancellationToken cancellationToken)
    {
        var memberId = InputRules.Id(memberIdText, "member_id");
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId && !m.Erased, cancellationToken)
            ?? throw new NotFoundException("No such member.");
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.MemberId == memberId).OrderBy(s => s.PlannedAt).ToListAsync(cancellationToken);
        var kiosks = await db.Kiosks.AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);
        var working = await db.Facts.AsNoTracking()
            .Where(f => f.MemberId == memberId && f.Counted && !f.WarmUp)
            .OrderBy(f => f.Sequence)
            .ToListAsync(cancellationToken);
        var bySession = working.ToLookup(f => f.SessionId);

        var history = new Api.MemberHistory
        {
            MemberId = member.Id.ToString(),
            DisplayName = member.DisplayName,
            Profile = MemberDirectory.ToProfile(member).ToProto(),
        };
        foreach (var s in sessions)
        {
            var summary = new Api.SessionSummary
            {
                SessionId = s.Id.ToString(),
                PlannedAt = Timestamp.FromDateTimeOffset(s.PlannedAt),
                Focus = s.Focus.ToProto(),
                PlannedSets = s.PlannedSetsLegs + s.PlannedSetsBack,
                LegsSets = bySession[s.Id].Count(f => f.Region == BodyRegion.Legs),
                BackSets = bySession[s.Id].Count(f => f.Region == BodyRegion.Back),
                KioskName = kiosks.GetValueOrDefault(s.KioskId, string.Empty),
                EstimatedMinutes = s.EstimatedMinutes,
            };
            if (s.CompletedAt is { } done)
            {
                summary.CompletedAt = Timestamp.FromDateTimeOffset(done);
            }

            history.Sessions.Add(summary);
        }

        foreach (var week in working.GroupBy(f => LocalCalendar.StartOfWeek(f.OccurredAt, options.Value.Zone)).OrderBy(g => g.Key))
        {
            history.Weekly.Add(new Api.WeeklyVolume
            {
                WeekStart = Timestamp.FromDateTimeOffset(week.Key),
                LegsSets = week.Count(f => f.Region == BodyRegion.Legs),
                BackSets = week.Count(f => f.Region == BodyRegion.Back),
            });
        }

        foreach (var exercise in working.Where(f => f.LoadKg > 0 && f.Reps >= 1).GroupBy(f => f.ExerciseId!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var estimates = exercise
                .Where(f => f.Reps + (f.Rpe is { } r ? Math.Max(0, 10 - r) : 0) <= OneRepMax.MaxRepsForEstimate)
                .Select(f => (f.SessionId, f.OccurredAt, E1rm: OneRepMax.Estimate(f.LoadKg!.Value, f.Reps!.Value, f.Rpe, OneRepMaxFormula.Epley)))
                .ToList();
            var progress = new Api.ExerciseProgress
            {
                ExerciseId = exercise.Key,
                ExerciseName = ExerciseCatalog.Default.TryGet(exercise.Key, out var known) ? known.Name : exercise.Key,
                BestLoadKg = exercise.Max(f => f.LoadKg!.Value),
            };
            progress.Trend.Add(estimates.GroupBy(e => e.SessionId)
                .Select(g => new Api.E1rmPoint { At = Timestamp.FromDateTimeOffset(g.Min(e => e.OccurredAt)), E1RmKg = Math.Round(g.Max(e => e.E1rm), 1) })
                .OrderBy(p => p.At));
            if (estimates.Count > 0)
            {
                var best = estimates.MaxBy(e => e.E1rm);
                progress.BestE1RmKg = Math.Round(best.E1rm, 1);
                progress.BestAt = Timestamp.FromDateTimeOffset(best.OccurredAt);
            }

            history.Exercises.Add(progress);
        }

        return history;
    }

    public async Task<Api.ListKiosksResponse> KiosksAsync(CancellationToken cancellationToken)
    {
        var response = new Api.ListKiosksResponse();
        foreach (var kiosk in await db.Kiosks.AsNoTracking().OrderBy(k => k.Name).ToListAsync(cancellationToken))
        {
            var status = new Api.KioskStatus
            {
                KioskId = kiosk.Id.ToString(),
                Name = kiosk.Name,
                FactsReceived = kiosk.FactsReceived,
                PendingFacts = kiosk.PendingFacts,
                RefusedFacts = kiosk.RefusedFacts,
                StorageProblem = kiosk.StorageProblem ?? string.Empty,
                ResendPending = kiosk.ResendRequests > kiosk.ResendRequestsDone,
            };
            status.DeadLetters.Add(KioskRegistry.DeadLettersOf(kiosk).Select(d => new Api.DeadLetterReason { Reason = d.Reason, Count = d.Count }));
            if (kiosk.LastHeartbeatAt is { } beat)
            {
                status.LastHeartbeatAt = Timestamp.FromDateTimeOffset(beat);
            }

            if (kiosk.LastSeenAt is { } seen)
            {
                status.LastSeenAt = Timestamp.FromDateTimeOffset(seen);
            }

            if (kiosk.LastPushAt is { } push)
            {
                status.LastPushAt = Timestamp.FromDateTimeOffset(push);
            }

            response.Kiosks.Add(status);
        }

        return response;
    }

    private static (DateTimeOffset From, DateTimeOffset To) Range(Timestamp? from, Timestamp? to)
    {
        var start = InputRules.Time(from, "from");
        var end = InputRules.Time(to, "to");
        if (end <= start)
        {
            throw new InvalidFieldException("to", "must be after from");
        }

        return end - start > TimeSpan.FromDays(MaxRangeDays)
            ? throw new InvalidFieldException("to", string.Create(CultureInfo.InvariantCulture, $"must be at most {MaxRangeDays} days after from"))
            : (start, end);
    }
}
