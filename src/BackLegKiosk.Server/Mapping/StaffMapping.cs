using BackLegKiosk.Contracts.Translation;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Domain.Staff;
using Google.Protobuf.WellKnownTypes;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Server.Mapping;

/// <summary>The staff views' read models into the contract, and the contract's spans and buckets into the domain's.</summary>
public static class StaffMapping
{
    public static (DateTimeOffset From, DateTimeOffset To) SpanFromProto(Timestamp? from, Timestamp? to) =>
        (Timestamps.FromProto(from, "from"), Timestamps.FromProto(to, "to"));

    /// <summary>Whether the usage request asks for hourly buckets; unspecified means daily.</summary>
    public static bool HourlyFromProto(Api.UsageBucket bucket) => bucket switch
    {
        Api.UsageBucket.Hour => true,
        Api.UsageBucket.Day or Api.UsageBucket.Unspecified => false,
        _ => throw new InvalidFieldException("bucket", "must be hour or day"),
    };

    public static Api.UsageReport ToProto(this UsageReport report)
    {
        var proto = new Api.UsageReport
        {
            Total = report.Total.ToProto(),
            SessionLength = new Api.SessionLength
            {
                Completed = report.SessionLength.Completed,
                AverageMinutes = report.SessionLength.AverageMinutes,
                AverageEstimatedMinutes = report.SessionLength.AverageEstimatedMinutes,
            },
        };
        proto.Points.Add(report.Points.Select(p => new Api.UsagePoint { Start = Time(p.Start), Counts = p.Counts.ToProto() }));
        proto.PerKiosk.Add(report.PerKiosk.Select(k => new Api.KioskUsage { KioskId = k.KioskId.ToString(), KioskName = k.KioskName, Counts = k.Counts.ToProto() }));
        proto.BusiestHours.Add(report.BusiestHours.Select(h => new Api.HourOfWeek { Weekday = h.Weekday, Hour = h.Hour, CheckIns = h.CheckIns }));
        return proto;
    }

    public static Api.ActiveSessionsSnapshot ToProto(this ActiveSessions active)
    {
        var proto = new Api.ActiveSessionsSnapshot { AsOf = Time(active.AsOf) };
        proto.Sessions.Add(active.Sessions.Select(s => new Api.ActiveSession
        {
            SessionId = s.SessionId.ToString(),
            MemberId = s.MemberId.ToString(),
            MemberName = s.MemberName,
            KioskId = s.KioskId.ToString(),
            KioskName = s.KioskName,
            CurrentSuperset = s.CurrentSuperset,
            StartedAt = Time(s.StartedAt),
            SetsLogged = s.SetsLogged,
            SetsPlanned = s.SetsPlanned,
        }));
        return proto;
    }

    public static Api.FlaggedMembersResponse ToProto(this IReadOnlyList<FlaggedMember> members)
    {
        var proto = new Api.FlaggedMembersResponse();
        foreach (var member in members)
        {
            var entry = new Api.FlaggedMember
            {
                MemberId = member.MemberId.ToString(),
                Code = member.Code,
                DisplayName = member.DisplayName,
                TooSoon = member.TooSoon,
                TooOften = member.TooOften,
                NotSuited = member.NotSuited,
                ShortSleep = member.ShortSleep,
            };
            entry.Flags.Add(member.Flags.Select(f => new Api.Flag { At = Time(f.At), Kind = f.Kind.ToProto(), RuleId = f.RuleId }));
            entry.Overrides.Add(member.Overrides.Select(o => new Api.CoachOverrideRecord { At = Time(o.At), RuleId = o.Rule, By = o.By, Reason = o.Reason }));
            proto.Members.Add(entry);
        }

        return proto;
    }

    public static Api.MemberHistory ToProto(this MemberHistory history)
    {
        var proto = new Api.MemberHistory { MemberId = history.MemberId.ToString(), DisplayName = history.DisplayName, Profile = history.Profile.ToProto() };
        proto.Sessions.Add(history.Sessions.Select(s => new Api.SessionSummary
        {
            SessionId = s.SessionId.ToString(),
            PlannedAt = Time(s.PlannedAt),
            CompletedAt = s.CompletedAt is { } done ? Time(done) : null,
            Focus = s.Focus.ToProto(),
            PlannedSets = s.PlannedSets,
            LegsSets = s.LegsSets,
            BackSets = s.BackSets,
            KioskName = s.KioskName,
            EstimatedMinutes = s.EstimatedMinutes,
        }));
        proto.Weekly.Add(history.Weekly.Select(w => new Api.WeeklyVolume { WeekStart = Time(w.WeekStart), LegsSets = w.LegsSets, BackSets = w.BackSets }));
        foreach (var e in history.Exercises)
        {
            var progress = new Api.ExerciseProgress
            {
                ExerciseId = e.ExerciseId,
                ExerciseName = e.ExerciseName,
                BestLoadKg = e.BestLoadKg,
                BestE1RmKg = e.BestE1RmKg,
                BestAt = e.BestAt is { } at ? Time(at) : null,
            };
            progress.Trend.Add(e.Trend.Select(p => new Api.E1rmPoint { At = Time(p.At), E1RmKg = p.E1RmKg }));
            proto.Exercises.Add(progress);
        }

        return proto;
    }

    public static Api.ListKiosksResponse ToProto(this IReadOnlyList<KioskStatus> kiosks)
    {
        var proto = new Api.ListKiosksResponse();
        foreach (var kiosk in kiosks)
        {
            var status = new Api.KioskStatus
            {
                KioskId = kiosk.KioskId.ToString(),
                Name = kiosk.Name,
                FactsReceived = kiosk.FactsReceived,
                PendingFacts = kiosk.PendingFacts,
                RefusedFacts = kiosk.RefusedFacts,
                StorageProblem = kiosk.StorageProblem ?? string.Empty,
                ResendPending = kiosk.ResendPending,
                LastHeartbeatAt = kiosk.LastHeartbeatAt is { } beat ? Time(beat) : null,
                LastSeenAt = kiosk.LastSeenAt is { } seen ? Time(seen) : null,
                LastPushAt = kiosk.LastPushAt is { } push ? Time(push) : null,
                RevokedAt = kiosk.RevokedAt is { } revoked ? Time(revoked) : null,
            };
            status.DeadLetters.Add(kiosk.DeadLetters.Select(d => new Api.DeadLetterReason { Reason = d.Reason, Count = d.Count }));
            proto.Kiosks.Add(status);
        }

        return proto;
    }

    private static Api.UsageCounts ToProto(this UsageCounts counts) => new() { CheckIns = counts.CheckIns, Sessions = counts.Sessions, Sets = counts.Sets };

    private static Api.FlagKind ToProto(this FlagKind kind) => kind switch
    {
        FlagKind.TooSoon => Api.FlagKind.TooSoon,
        FlagKind.TooOften => Api.FlagKind.TooOften,
        FlagKind.NotSuited => Api.FlagKind.NotSuited,
        _ => Api.FlagKind.ShortSleep,
    };

    private static Timestamp Time(DateTimeOffset at) => Timestamp.FromDateTimeOffset(at);
}
