using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Domain.HandOffs;

/// <summary>
/// "Continue on my phone": a kiosk asks for a one-time link to the member's open session; the phone that
/// opens it first gets a check-in of its own and the kiosk's ends, so one device owns the session at a
/// time. The link is the only credential: 256 random bits, stored hashed, single use, good for
/// <see cref="Lifetime"/>, and bound to that session and member.
/// </summary>
public sealed class HandOffDesk(BackLegDbContext db, TimeProvider time, IOptions<ServerOptions> options)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public async Task<IssuedHandOff> IssueAsync(CheckInEntity checkIn, Guid sessionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = await CheckInDesk.OpenSessionAsync(db, checkIn.MemberId, cancellationToken);
        if (open is null || open.Id != sessionId)
        {
            throw new InvalidFieldException("session_id", "must be the member's open session");
        }

        var secret = Secrets.NewToken();
        var link = new HandOffEntity
        {
            Id = Guid.CreateVersion7(now),
            SessionId = sessionId,
            MemberId = checkIn.MemberId,
            FromCheckInId = checkIn.Id,
            TokenHash = Secrets.Hash(secret),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        db.HandOffs.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedHandOff(link.Id, secret, link.ExpiresAt);
    }

    /// <summary>How a link made by this check-in stands; another check-in's links are not found.</summary>
    public async Task<HandOffProgress> StateAsync(CheckInEntity checkIn, Guid handOffId, CancellationToken cancellationToken)
    {
        var link = await db.HandOffs.AsNoTracking().SingleOrDefaultAsync(h => h.Id == handOffId && h.FromCheckInId == checkIn.Id, cancellationToken)
            ?? throw new NotFoundException("No such hand-off from this check-in.");
        return link.UsedAt is not null ? HandOffProgress.Taken
            : link.ExpiresAt > time.GetUtcNow() ? HandOffProgress.Waiting
            : HandOffProgress.Expired;
    }

    /// <summary>
    /// Opens a link: exactly one caller wins it, by a conditional update the store applies atomically, then
    /// the phone is checked in and the kiosk's check-in ends, in that same transaction.
    /// </summary>
    public async Task<PhoneSession> RedeemAsync(string? secret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 100)
        {
            throw new NotAuthenticatedException("This link is not valid.");
        }

        var now = time.GetUtcNow();
        var hash = Secrets.Hash(secret);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var won = await db.HandOffs.Where(h => h.TokenHash == hash && h.UsedAt == null && h.ExpiresAt > now)
            .ExecuteUpdateAsync(h => h.SetProperty(x => x.UsedAt, now), cancellationToken);
        if (won == 0)
        {
            throw new NotAuthenticatedException("This link was already used or has expired. Make a new one at the kiosk, or check in at any kiosk to continue.");
        }

        var link = await db.HandOffs.AsNoTracking().SingleAsync(h => h.TokenHash == hash, cancellationToken);
        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == link.SessionId, cancellationToken);
        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == link.MemberId, cancellationToken);
        if (session.CompletedAt is not null || session.AbandonedAt is not null)
        {
            throw new WrongStateException("That session has ended.");
        }

        var token = Secrets.NewToken();
        var from = await db.CheckIns.SingleAsync(c => c.Id == link.FromCheckInId, cancellationToken);
        from.CheckedOutAt ??= now;
        db.CheckIns.Add(new CheckInEntity
        {
            Id = Guid.CreateVersion7(now),
            MemberId = member.Id,
            KioskId = PhoneKiosk.Id,
            At = now,
            SleepHours = from.SleepHours,
            Status = from.Status,
            HoursUntilReady = from.HoursUntilReady,
            TokenHash = Secrets.Hash(token),
            ExpiresAt = now.AddMinutes(options.Value.CheckInMinutes),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PhoneSession(token, member.Id, member.DisplayName, session.Id, session.PlanJson, MemberDirectory.ToProfile(member).Units, member.Language);
    }

    /// <summary>A member checking in at a kiosk takes their session back: any phone of theirs stops recording.</summary>
    public static Task<int> EndPhonesAsync(BackLegDbContext db, Guid memberId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.CheckIns.Where(c => c.MemberId == memberId && c.KioskId == PhoneKiosk.Id && c.CheckedOutAt == null && c.ExpiresAt > now)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.CheckedOutAt, now), cancellationToken);
}
