using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Domain.Staff;
using BackLegKiosk.Server.Security;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Domain;

/// <summary>Member check-in at a kiosk: PIN with lockout, then the readiness verdict (R8, R9, R10).</summary>
public sealed class CheckInDesk(BackLegDbContext db, SessionPlanner planner, Coaching.CoachOverrides overrides, TimeProvider time, IOptions<ServerOptions> options, ChangeFeed feed, ServerMetrics metrics)
{
    public async Task<CheckInResult> CheckInAsync(Guid kioskId, string? code, string? pin, double sleepHours, CancellationToken cancellationToken)
    {
        var memberCode = InputRules.MemberCode(code);
        var memberPin = InputRules.Pin(pin);
        var sleep = InputRules.SleepHours(sleepHours);
        var now = time.GetUtcNow();
        var settings = options.Value;

        var found = await db.Members.SingleOrDefaultAsync(m => m.Code == memberCode, cancellationToken);
        var foundId = found?.Id;
        var member = await GuessLimit.CheckGuessAsync(db.Members, found, m => m.Id == foundId, memberPin, now, settings, WrongPin, cancellationToken);

        var openSession = await OpenSessionAsync(db, member.Id, cancellationToken) is { } open && MayContinue(open, now, settings) ? open : null;
        var history = await HistoryReader.ForPlannerAsync(db, member.Id, now, openSession?.Id, cancellationToken);
        var profile = MemberDirectory.ToProfile(member);
        var readiness = planner.CheckReadiness(new PlanRequest(profile, history, now, sleep, Override: await overrides.TodayAsync(member.Id, now, cancellationToken)));

        var token = Secrets.NewToken();
        var checkIn = new CheckInEntity
        {
            Id = Guid.CreateVersion7(now),
            MemberId = member.Id,
            KioskId = kioskId,
            At = now,
            SleepHours = sleep,
            Status = readiness.Status,
            HoursUntilReady = readiness.HoursUntilReady,
            TokenHash = Secrets.Hash(token),
            ExpiresAt = now.AddMinutes(settings.CheckInMinutes),
            TooSoon = R9RecoverySpacing.TooSoonUntil(history, now, planner.Options) is not null,
            TooOften = R9RecoverySpacing.TooOftenUntil(history, now, planner.Options) is not null,
            NotSuited = !R8WhoItSuits.Suits(profile),
            ShortSleep = sleep < planner.Options.MinSleepHours,
        };
        db.CheckIns.Add(checkIn);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Kiosks.Where(k => k.Id == kioskId).ExecuteUpdateAsync(k => k.SetProperty(x => x.LastSeenAt, now), cancellationToken);
            await HandOffs.HandOffDesk.EndPhonesAsync(db, member.Id, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var usage = new UsageRollup();
            usage.AddCheckIn(checkIn.At, kioskId);
            await usage.SaveIntoAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        metrics.CheckIns.Add(1, new KeyValuePair<string, object?>("status", readiness.Status.ToString()));
        feed.Publish(new Change(null, 0));
        return new CheckInResult(token, checkIn, member, readiness, openSession?.Id);
    }

    /// <summary>The member's readiness now, after something changed it since check-in (a coach's override).</summary>
    public async Task<Readiness> ReassessAsync(CheckInEntity checkIn, MemberEntity member, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = await OpenSessionAsync(db, member.Id, cancellationToken) is { } session && MayContinue(session, now, options.Value) ? session : null;
        var history = await HistoryReader.ForPlannerAsync(db, member.Id, now, open?.Id, cancellationToken);
        return planner.CheckReadiness(new PlanRequest(MemberDirectory.ToProfile(member), history, now, checkIn.SleepHours, Override: await overrides.TodayAsync(member.Id, now, cancellationToken)));
    }

    /// <summary>The member and check-in behind a token presented by this kiosk; expired, checked-out or foreign tokens are refused.</summary>
    public async Task<(CheckInEntity CheckIn, MemberEntity Member)> ResolveAsync(Guid kioskId, string? token, CancellationToken cancellationToken)
    {
        RequireToken(token);
        var found = await FindCheckIn(db, Secrets.Hash(token!), kioskId, cancellationToken);
        return found is null || !found.CheckIn.IsLiveAt(time.GetUtcNow())
            ? throw new NotAuthenticatedException("The check-in has ended or belongs to another kiosk; check in again.")
            : (found.CheckIn, found.Member);
    }

    /// <summary>
    /// The member whose facts this kiosk delivers under a token. What a kiosk recorded is authorised by
    /// the check-in it was recorded under, not by a live one: the token keeps working for delivery from
    /// the same kiosk for <see cref="ServerOptions.DeliveryDays"/> after the check-in ended, so a kiosk that
    /// was offline, or whose member signed out before the outbox drained, loses nothing.
    /// </summary>
    public async Task<MemberEntity> ResolveForDeliveryAsync(Guid kioskId, string? token, CancellationToken cancellationToken) =>
        (await ResolveRecentAsync(kioskId, token, cancellationToken)).Member;

    /// <summary>
    /// The check-in behind a token this kiosk holds, live or ended within <see cref="ServerOptions.DeliveryDays"/>:
    /// for what a kiosk may still do after its member left, such as delivering facts or asking whether a phone took over.
    /// </summary>
    public async Task<(CheckInEntity CheckIn, MemberEntity Member)> ResolveRecentAsync(Guid kioskId, string? token, CancellationToken cancellationToken)
    {
        RequireToken(token);
        var found = await FindCheckIn(db, Secrets.Hash(token!), kioskId, cancellationToken)
            ?? throw new NotAuthenticatedException("This check-in was not made on this kiosk; facts are taken only from the kiosk that recorded them.");
        var window = TimeSpan.FromDays(options.Value.DeliveryDays);
        return found.CheckIn.EndedAt + window > time.GetUtcNow()
            ? (found.CheckIn, found.Member)
            : throw new NotAuthenticatedException($"The check-in ended more than {options.Value.DeliveryDays} days ago (BackLeg:DeliveryDays); its facts are no longer taken.");
    }

    /// <summary>Every kiosk call resolves its token, so the query is compiled once.</summary>
    private static readonly Func<BackLegDbContext, string, Guid, CancellationToken, Task<CheckInOfMember?>> FindCheckIn =
        EF.CompileAsyncQuery((BackLegDbContext db, string hash, Guid kioskId, CancellationToken _) =>
            db.CheckIns
                .Where(c => c.TokenHash == hash && c.KioskId == kioskId)
                .Join(db.Members, c => c.MemberId, m => m.Id, (c, m) => new CheckInOfMember(c, m))
                .SingleOrDefault());

    private sealed record CheckInOfMember(CheckInEntity CheckIn, MemberEntity Member);

    private static void RequireToken(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            throw new NotAuthenticatedException($"Check in first: the {Policies.CheckInHeader} header is missing.");
        }
    }

    public async Task CheckOutAsync(CheckInEntity checkIn, CancellationToken cancellationToken)
    {
        checkIn.CheckedOutAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The member's one open session (planned, not completed, not abandoned), whatever its age.</summary>
    public static Task<SessionEntity?> OpenSessionAsync(BackLegDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.MemberId == memberId && s.CompletedAt == null && s.AbandonedAt == null).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether an open session is recent enough to continue; an older one is left behind when the member plans anew.</summary>
    public static bool MayContinue(SessionEntity session, DateTimeOffset now, ServerOptions settings) =>
        session.PlannedAt > now.AddHours(-settings.OpenSessionHours);

    private static NotAuthenticatedException WrongPin() => new("Member code or PIN is wrong.");
}
