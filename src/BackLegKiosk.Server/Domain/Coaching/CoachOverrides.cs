using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Training.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Domain.Coaching;

/// <summary>
/// Coaches' overrides: a staff account still holding staff access lets a member train today against R9
/// (too soon, too often) or R8 (not suited), with a reason. Each is kept as an audit row, shown on the
/// member page and in Flags, and exported with the member; it counts until the gym's day ends.
/// </summary>
public sealed class CoachOverrides(BackLegDbContext db, StaffDirectory staff, TimeProvider time, IOptions<ServerOptions> options)
{
    public async Task<CoachOverrideEntity> GrantAsync(Guid staffAccountId, Guid memberId, string? rule, string? reason, CancellationToken cancellationToken)
    {
        var ruleId = CoachOverride.Overridable.Contains(rule ?? string.Empty) ? rule! : throw new InvalidFieldException("rule", "must be R8 or R9");
        var why = reason?.Trim() ?? string.Empty;
        if (why.Length is < CoachOverrideRules.MinReason or > CoachOverrideRules.MaxReason)
        {
            throw new InvalidFieldException("reason", $"must say why, in {CoachOverrideRules.MinReason}-{CoachOverrideRules.MaxReason} characters");
        }

        var account = await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == staffAccountId, cancellationToken);
        if (account is null || !await staff.StillStaffAsync(staffAccountId, cancellationToken))
        {
            throw new DeniedException("Only an account that holds staff access may override a rule.");
        }

        if (!await db.Members.AnyAsync(m => m.Id == memberId, cancellationToken))
        {
            throw new NotFoundException("No such member.");
        }

        var granted = new CoachOverrideEntity
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            MemberId = memberId,
            StaffAccountId = staffAccountId,
            StaffUsername = account.Username,
            Rule = ruleId,
            Reason = why,
            At = time.GetUtcNow(),
        };
        db.CoachOverrides.Add(granted);
        await db.SaveChangesAsync(cancellationToken);
        return granted;
    }

    /// <summary>What the member's coaches set aside today (the gym's day), as the planner takes it; null when nothing.</summary>
    public async Task<CoachOverride?> TodayAsync(Guid memberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = LocalCalendar.StartOfDay(now, options.Value.Zone);
        var granted = await db.CoachOverrides.AsNoTracking().Where(o => o.MemberId == memberId && o.At >= today && o.At <= now).OrderBy(o => o.At).ToListAsync(cancellationToken);
        return granted.Count == 0 ? null : new CoachOverride(
            granted.Select(o => o.Rule).ToHashSet(StringComparer.Ordinal),
            string.Join(", ", granted.Select(o => o.StaffUsername).Distinct()),
            string.Join("; ", granted.Select(o => o.Reason)));
    }

    /// <summary>Every override of a member, newest first.</summary>
    public async Task<IReadOnlyList<GrantedOverride>> OfMemberAsync(Guid memberId, CancellationToken cancellationToken) =>
        [.. (await db.CoachOverrides.AsNoTracking().Where(o => o.MemberId == memberId).OrderByDescending(o => o.At).ToListAsync(cancellationToken)).Select(Granted)];

    public static GrantedOverride Granted(CoachOverrideEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new GrantedOverride(entity.At, entity.Rule, entity.StaffUsername, entity.Reason);
    }
}
