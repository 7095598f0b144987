using System.Text.Json;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Domain.Staff;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Vocabulary;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Domain;

/// <summary>Enrolling, updating, exporting and erasing members: shared by the staff RPCs and the command line.</summary>
public sealed class MemberDirectory(BackLegDbContext db, TimeProvider time)
{
    public async Task<MemberEntity> EnrollAsync(string? code, string? displayName, string? pin, MemberProfile profile, CancellationToken cancellationToken)
    {
        var member = new MemberEntity
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            Code = InputRules.MemberCode(code, "code"),
            DisplayName = InputRules.Name(displayName, "display_name", 80),
            PinHash = PinHasher.Hash(InputRules.Pin(pin)),
            EnrolledAt = time.GetUtcNow(),
        };
        Apply(member, profile);
        if (await db.Members.AnyAsync(m => m.Code == member.Code, cancellationToken))
        {
            throw new ConflictException("A member with this code already exists.");
        }

        db.Members.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    public async Task<MemberEntity> UpdateAsync(Guid memberId, string? displayName, MemberProfile? profile, string? newPin, CancellationToken cancellationToken)
    {
        var member = await FindAsync(memberId, cancellationToken);
        if (!string.IsNullOrEmpty(displayName))
        {
            member.DisplayName = InputRules.Name(displayName, "display_name", 80);
        }

        if (profile is not null)
        {
            Apply(member, profile);
        }

        if (!string.IsNullOrEmpty(newPin))
        {
            member.PinHash = PinHasher.Hash(InputRules.Pin(newPin, "new_pin"));
            GuessLimit.Reset(member);
        }

        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    /// <summary>The language the member's screens speak from their next check-in; null follows each kiosk's own.</summary>
    public async Task SetLanguageAsync(Guid memberId, Language? language, CancellationToken cancellationToken)
    {
        var member = await FindAsync(memberId, cancellationToken);
        member.Language = language;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<MemberEntity> FindAsync(Guid memberId, CancellationToken cancellationToken) =>
        await db.Members.SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken)
        ?? throw new NotFoundException("No such member.");

    public async Task<List<MemberEntity>> ListAsync(string? search, int limit, CancellationToken cancellationToken)
    {
        var query = db.Members.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(m => m.Code.StartsWith(term) || m.DisplayName.Contains(term));
        }

        return await query.OrderBy(m => m.DisplayName).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>Everything stored about a member, for a data request.</summary>
    public async Task<string> ExportAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var member = await FindAsync(memberId, cancellationToken);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.MemberId == memberId).OrderBy(c => c.At).ToListAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.MemberId == memberId).OrderBy(s => s.PlannedAt).ToListAsync(cancellationToken);
        var facts = await db.Facts.AsNoTracking().Where(f => f.MemberId == memberId).OrderBy(f => f.Sequence).ToListAsync(cancellationToken);
        var overrides = await db.CoachOverrides.AsNoTracking().Where(o => o.MemberId == memberId).OrderBy(o => o.At).ToListAsync(cancellationToken);
        var export = new
        {
            exportedAt = time.GetUtcNow(),
            member = new
            {
                id = member.Id,
                code = member.Code,
                displayName = member.DisplayName,
                enrolledAt = member.EnrolledAt,
                language = member.Language is { } language ? Words.Of(language) : null,
                profile = ToProfile(member),
            },
            checkIns = checkIns.Select(c => new { c.At, c.SleepHours, status = c.Status.ToString(), c.HoursUntilReady, c.TooSoon, c.TooOften, c.NotSuited, c.ShortSleep }),
            coachOverrides = overrides.Select(o => new { o.At, o.Rule, by = o.StaffUsername, o.Reason }),
            sessions = sessions.Select(s => new
            {
                s.Id,
                s.PlannedAt,
                s.StartedAt,
                s.CompletedAt,
                focus = s.Focus.ToString(),
                s.SleepHours,
                s.EstimatedMinutes,
                plan = JsonDocument.Parse(s.PlanJson).RootElement,
            }),
            facts = facts.Select(f => new
            {
                f.Sequence,
                f.Id,
                f.SessionId,
                kind = f.Kind.ToString(),
                f.OccurredAt,
                f.Slot,
                f.ExerciseId,
                f.SetNumber,
                f.LoadKg,
                f.Reps,
                f.Rpe,
                f.WarmUp,
                f.Failed,
                f.TargetFactId,
                f.Reason,
            }),
        };
        return JsonSerializer.Serialize(export, ExportJson);
    }

    /// <summary>
    /// Removes the member and everything linked to them: the member row, check-ins, sessions and every
    /// fact. Their use of the gym stays only as the counts per hour and kiosk that were added when it
    /// happened (<see cref="UsageRollup"/>), and each kiosk that may hold their sessions is told to purge them. On SQLite, secure_delete has
    /// zeroed the freed bytes and a checkpoint then overwrites the old pages, so the file keeps no copy.
    /// </summary>
    public async Task<Erasure> EraseAsync(Guid memberId, CancellationToken cancellationToken)
    {
        await FindAsync(memberId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.MemberId == memberId).ToListAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.MemberId == memberId).ToListAsync(cancellationToken);
        var sets = await db.Facts.AsNoTracking().Where(f => f.MemberId == memberId).CountedSets().CountAsync(cancellationToken);
        await NoticeKiosksAsync(memberId, checkIns, sessions, cancellationToken);

        await db.Facts.Where(f => f.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        await db.HandOffs.Where(h => h.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        await db.CoachOverrides.Where(o => o.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        await db.Sessions.Where(s => s.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        await db.CheckIns.Where(c => c.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        await db.Members.Where(m => m.Id == memberId).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await DatabaseSetup.OverwriteFreedPagesAsync(db, cancellationToken);
        return new Erasure(checkIns.Count, sessions.Count, sets);
    }

    /// <summary>Every kiosk the member used, or that stored one of their facts, is to purge each of their sessions.</summary>
    private async Task NoticeKiosksAsync(Guid memberId, List<CheckInEntity> checkIns, List<SessionEntity> sessions, CancellationToken cancellationToken)
    {
        var factKiosks = await db.Facts.Where(f => f.MemberId == memberId).Select(f => f.KioskId).Distinct().ToListAsync(cancellationToken);
        var kiosks = checkIns.Select(c => c.KioskId).Concat(sessions.Select(s => s.KioskId)).Concat(factKiosks).Distinct();
        db.ErasureNotices.AddRange(kiosks.SelectMany(kiosk => sessions.Select(s => new ErasureNoticeEntity { KioskId = kiosk, SessionId = s.Id })));
    }

    public static MemberProfile ToProfile(MemberEntity member) => new(
        member.Experience,
        member.Goal,
        member.SplitDaySetsLegs,
        member.SplitDaySetsBack,
        member.BodyWeightKg,
        JsonSerializer.Deserialize<Dictionary<string, double>>(member.OneRepMaxesJson) ?? [],
        member.AvailableMinutes,
        member.Units);

    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new WordsJsonConverter() },
    };

    private static void Apply(MemberEntity member, MemberProfile profile)
    {
        member.Experience = profile.Experience;
        member.Goal = profile.Goal;
        member.SplitDaySetsLegs = profile.SplitDaySetsLegs;
        member.SplitDaySetsBack = profile.SplitDaySetsBack;
        member.BodyWeightKg = profile.BodyWeightKg;
        member.OneRepMaxesJson = JsonSerializer.Serialize(profile.OneRepMaxesKg);
        member.AvailableMinutes = profile.AvailableMinutes;
        member.Units = profile.Units;
    }
}
