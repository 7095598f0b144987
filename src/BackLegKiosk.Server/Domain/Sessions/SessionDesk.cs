using BackLegKiosk.Training.History;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Domain.Staff;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Domain.Sessions;

/// <summary>Planning a checked-in member's session (or resuming the open one) and completing it.</summary>
public sealed class SessionDesk(BackLegDbContext db, SessionPlanner planner, Coaching.CoachOverrides overrides, Floor.FloorDesk floor, FactWriter writer, IPlanSnapshot snapshots, TimeProvider time, IOptions<ServerOptions> options, ChangeFeed feed)
{
    /// <summary>What <see cref="PlanAsync"/> would answer now, without opening a session: the member sees the plan before starting it.</summary>
    public async Task<PlannedSession> PreviewAsync(CheckInEntity checkIn, MemberEntity member, BodyRegion? focus, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = await CheckInDesk.OpenSessionAsync(db, member.Id, cancellationToken);
        if (open is not null && CheckInDesk.MayContinue(open, now, options.Value))
        {
            return new PlannedSession(open.PlanJson, true);
        }

        return new PlannedSession(snapshots.Freeze(await PlanNowAsync(checkIn, member, focus, now, cancellationToken), Guid.Empty, now), false);
    }

    public async Task<PlannedSession> PlanAsync(CheckInEntity checkIn, MemberEntity member, BodyRegion? focus, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = await CheckInDesk.OpenSessionAsync(db, member.Id, cancellationToken);
        if (open is not null && CheckInDesk.MayContinue(open, now, options.Value))
        {
            return new PlannedSession(open.PlanJson, true);
        }

        var plan = await PlanNowAsync(checkIn, member, focus, now, cancellationToken);

        var session = new SessionEntity
        {
            Id = Guid.CreateVersion7(now),
            MemberId = member.Id,
            KioskId = checkIn.KioskId,
            CheckInId = checkIn.Id,
            PlannedAt = now,
            Focus = plan.Focus,
            PlannedSetsLegs = plan.Volume.Single(v => v.Region == BodyRegion.Legs).PlannedSets,
            PlannedSetsBack = plan.Volume.Single(v => v.Region == BodyRegion.Back).PlannedSets,
            EstimatedMinutes = plan.EstimatedMinutes,
            SleepHours = checkIn.SleepHours,
            PlanJson = string.Empty,
        };
        session.PlanJson = snapshots.Freeze(plan, session.Id, now);
        if (open is not null)
        {
            // Too old to continue; it stays in history and still takes its kiosks' late facts.
            open.AbandonedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await OpenAsync(session, cancellationToken))
        {
            // The unique open-session index refused ours: a PlanSession at the same moment opened one
            // first, and that is the member's session.
            db.ChangeTracker.Clear();
            var winner = await CheckInDesk.OpenSessionAsync(db, member.Id, cancellationToken);
            return winner is null ? throw new WrongStateException("The session could not be opened; try again.") : new PlannedSession(winner.PlanJson, true);
        }

        feed.Publish(new Change(session.Id, 0));
        return new PlannedSession(session.PlanJson, false);
    }

    /// <summary>Today's plan from the member's stored history; refused while R9 says not yet.</summary>
    private async Task<SessionPlan> PlanNowAsync(CheckInEntity checkIn, MemberEntity member, BodyRegion? focus, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var history = await HistoryReader.ForPlannerAsync(db, member.Id, now, null, cancellationToken);
        var coach = await overrides.TodayAsync(member.Id, now, cancellationToken);
        var stations = await floor.StateAsync(member.Id, cancellationToken);
        var plan = planner.Plan(new PlanRequest(MemberDirectory.ToProfile(member), history, now, checkIn.SleepHours, focus, coach, stations));
        return plan.Readiness.MayTrain
            ? plan
            : throw new WrongStateException($"Not today: {plan.Readiness.HoursUntilReady} h until back and legs are recovered (R9).");
    }

    /// <summary>Stores the session and counts it in the usage rollups, together; false if another one opened first.</summary>
    private async Task<bool> OpenAsync(SessionEntity session, CancellationToken cancellationToken)
    {
        db.Sessions.Add(session);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        var usage = new UsageRollup();
        usage.AddSession(session);
        await usage.SaveIntoAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Stores the session-completed fact through the same writer as a push (so it is judged and
    /// published once, like any fact) and sums the session up. A repeated completion answers with
    /// the first one's summary. Throws <see cref="FactRefusedException"/> when the fact is refused.
    /// </summary>
    public async Task<SessionCompletion> CompleteAsync(CheckInEntity checkIn, MemberEntity member, Guid sessionId, Guid factId, DateTimeOffset? completedAt, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId && s.MemberId == member.Id, cancellationToken)
            ?? throw new NotFoundException("No such session for the member checked in on this kiosk.");
        var at = session.CompletedAt ?? completedAt ?? time.GetUtcNow();
        if (session.CompletedAt is null)
        {
            var fact = new FactEntity { Id = factId, SessionId = sessionId, OccurredAt = at, Kind = FactKind.SessionCompleted };
            var verdict = (await writer.WriteAsync(checkIn.KioskId, member.Id, [fact], cancellationToken))[0];
            if (verdict.RefusedPart is { } part)
            {
                throw new FactRefusedException(part, verdict.Reason!);
            }
        }

        var sets = await db.Facts.AsNoTracking().Where(f => f.SessionId == sessionId).CountedSets().ToListAsync(cancellationToken);
        var summary = new[] { (BodyRegion.Legs, session.PlannedSetsLegs), (BodyRegion.Back, session.PlannedSetsBack) }
            .Select(p => new RegionSummary(p.Item1, p.Item2, sets.Count(s => s.Region == p.Item1), sets.Count(s => s.Region == p.Item1 && s.Failed)))
            .ToList();
        return new SessionCompletion(
            planner.Recover(MemberDirectory.ToProfile(member), session.SleepHours, at),
            summary,
            session.EstimatedMinutes,
            (int)Math.Round((at - (session.StartedAt ?? session.PlannedAt)).TotalMinutes));
    }
}
