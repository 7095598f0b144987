using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Domain.Sessions;
using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Rules;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Domain.Floor;

/// <summary>
/// At a superset boundary, the lift a busy station kept from opening comes back once its station is free
/// (Training's <see cref="SessionPlanner.BringBack"/>); taking it stores the changed plan with the session,
/// so the floor, a continuing kiosk and the member's phone all follow it.
/// </summary>
public sealed class FreedStations(BackLegDbContext db, SessionPlanner planner, FloorDesk floor, IPlanSnapshot snapshots, TimeProvider time, ChangeFeed feed)
{
    /// <summary>What bringing the lift back before <paramref name="superset"/> would change, or null when there is no offer.</summary>
    public async Task<OfferedPlan?> OfferAsync(MemberEntity member, Guid sessionId, string superset, CancellationToken cancellationToken)
    {
        var (session, _, offer) = await WorkOutAsync(member, sessionId, superset, cancellationToken);
        return offer is null ? null : new OfferedPlan(offer.Value.Note, snapshots.Freeze(offer.Value.Plan, session.Id, session.PlannedAt));
    }

    /// <summary>Takes the offer and stores the plan; refused when it no longer stands, or the plan changed on another device meanwhile.</summary>
    public async Task<OfferedPlan> TakeAsync(MemberEntity member, Guid sessionId, string superset, CancellationToken cancellationToken)
    {
        var (session, begun, offer) = await WorkOutAsync(member, sessionId, superset, cancellationToken);
        if (offer is not { } taken)
        {
            throw new WrongStateException(begun
                ? $"Superset {superset} or a later one has begun; the plan stays as it is."
                : "The offer no longer stands: the station is busy again, or nothing waits for it.");
        }

        var json = snapshots.Freeze(taken.Plan, session.Id, session.PlannedAt);

        // Only over the plan the offer was made from: two devices taking it at once store it once.
        var stored = await db.Sessions
            .Where(s => s.Id == session.Id && s.PlanJson == session.PlanJson)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.PlanJson, json).SetProperty(s => s.EstimatedMinutes, taken.Plan.EstimatedMinutes), cancellationToken);
        if (stored == 0)
        {
            throw new WrongStateException("The plan changed on another device; look at it again.");
        }

        feed.Publish(new Change(session.Id, 0));
        return new OfferedPlan(taken.Note, json);
    }

    /// <summary>The session, whether the superset has begun, and the plan with the lift brought back (with its note) if it can be.</summary>
    private async Task<(SessionEntity Session, bool Begun, (RuleNote Note, SessionPlan Plan)? Offer)> WorkOutAsync(MemberEntity member, Guid sessionId, string superset, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId && s.MemberId == member.Id, cancellationToken)
            ?? throw new NotFoundException("No such session for the member checked in on this kiosk.");
        if (session.CompletedAt is not null || session.AbandonedAt is not null)
        {
            throw new WrongStateException("The session is over; its plan stays as it was.");
        }

        var plan = snapshots.Thaw(session.PlanJson);
        var next = plan.Supersets.Select(s => s.Label).ToList().IndexOf(superset);
        if (next < 0)
        {
            throw new InvalidFieldException("superset", $"must be a superset of the plan ({string.Join(", ", plan.Supersets.Select(s => s.Label))})");
        }

        if (plan.Displaced is null)
        {
            return (session, false, null);
        }

        // The boundary: nothing counts yet in the superset about to start or any after it.
        var slots = await db.Facts.AsNoTracking().Where(f => f.SessionId == sessionId).CountedSets().Select(f => f.Slot!).ToListAsync(cancellationToken);
        if (slots.Any(slot => string.CompareOrdinal(R1Alternate.SupersetOf(slot), superset) >= 0))
        {
            return (session, true, null);
        }

        var now = time.GetUtcNow();
        var request = new PlanRequest(
            MemberDirectory.ToProfile(member),
            await HistoryReader.ForPlannerAsync(db, member.Id, now, session.Id, cancellationToken),
            now,
            session.SleepHours,
            plan.Focus,
            null,
            await floor.StateAsync(member.Id, cancellationToken));
        return planner.BringBack(request, plan, next) is { } back
            ? (session, false, (back.RulesApplied.Last(n => n.RuleId == FloorAware.Id), back))
            : (session, false, null);
    }
}

/// <summary>A lift brought back: the note saying what changes, and the plan as the contract's JSON.</summary>
public sealed record OfferedPlan(RuleNote Note, string PlanSnapshot);
