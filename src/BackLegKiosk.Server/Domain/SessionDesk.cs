using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Planning;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Server.Domain;

/// <summary>Planning a checked-in member's session (or resuming the open one) and completing it.</summary>
public sealed class SessionDesk(BackLegDbContext db, SessionPlanner planner, FactIngestor ingestor, TimeProvider time, IOptions<ServerOptions> options, ChangeFeed feed)
{
    public async Task<(Api.SessionPlan Plan, bool Resumed)> PlanAsync(CheckInEntity checkIn, MemberEntity member, BodyRegion? focus, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = await CheckInDesk.OpenSessionAsync(db, member.Id, cancellationToken);
        if (open is not null && CheckInDesk.MayContinue(open, now, options.Value))
        {
            return (JsonParser.Default.Parse<Api.SessionPlan>(open.PlanJson), true);
        }

        var history = await HistoryReader.ForPlannerAsync(db, member.Id, now, null, cancellationToken);
        var plan = planner.Plan(new PlanRequest(MemberDirectory.ToProfile(member), history, now, checkIn.SleepHours, focus));
        if (!plan.Readiness.MayTrain)
        {
            throw new WrongStateException($"Not today: {plan.Readiness.HoursUntilReady} h until back and legs are recovered (R9).");
        }

        var session = new SessionEntity
        {
            Id = Guid.CreateVersion7(),
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
        var proto = plan.ToProto(session.Id, now);
        session.PlanJson = JsonFormatter.Default.Format(proto);
        if (open is not null)
        {
            // Too old to continue; it stays in history and still takes its kiosks' late facts.
            open.AbandonedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        db.Sessions.Add(session);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique open-session index refused ours: a PlanSession at the same moment opened one
            // first, and that is the member's session.
            db.ChangeTracker.Clear();
            var winner = await CheckInDesk.OpenSessionAsync(db, member.Id, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return (JsonParser.Default.Parse<Api.SessionPlan>(winner.PlanJson), true);
        }

        feed.Publish(new Change(session.Id, 0));
        return (proto, false);
    }

    public async Task<Api.CompleteSessionResponse> CompleteAsync(CheckInEntity checkIn, MemberEntity member, Api.CompleteSessionRequest request, CancellationToken cancellationToken)
    {
        var sessionId = InputRules.Id(request.SessionId, "session_id");
        InputRules.Id(request.FactId, "fact_id");
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId && s.MemberId == member.Id, cancellationToken)
            ?? throw new NotFoundException("No such session for the member checked in on this kiosk.");
        var completedAt = request.CompletedAt is null ? time.GetUtcNow() : InputRules.Time(request.CompletedAt, "completed_at");
        if (session.CompletedAt is null)
        {
            var fact = new Api.Fact
            {
                FactId = request.FactId,
                SessionId = request.SessionId,
                OccurredAt = Timestamp.FromDateTimeOffset(completedAt),
                SessionCompleted = new Api.SessionCompleted(),
            };
            var result = (await ingestor.PushAsync(checkIn.KioskId, member.Id, [fact], cancellationToken))[0];
            if (result.Outcome == Api.FactOutcome.Rejected)
            {
                // The fact's time is the request's completed_at; name it as the caller sent it.
                var field = result.Field == "facts[0].occurred_at" ? "completed_at" : result.Field.Replace("facts[0].", string.Empty, StringComparison.Ordinal);
                throw new InvalidFieldException(field, result.Reason);
            }

            feed.Publish(new Change(session.Id, result.Sequence));
        }
        else
        {
            completedAt = session.CompletedAt.Value;
        }

        var sets = await db.Facts.AsNoTracking().Where(f => f.SessionId == sessionId && f.Counted && !f.WarmUp).ToListAsync(cancellationToken);
        var response = new Api.CompleteSessionResponse
        {
            Advice = planner.Recover(MemberDirectory.ToProfile(member), session.SleepHours, completedAt).ToProto(),
            PlannedMinutes = session.EstimatedMinutes,
            ActualMinutes = (int)Math.Round((completedAt - (session.StartedAt ?? session.PlannedAt)).TotalMinutes),
        };
        foreach (var (region, planned) in new[] { (BodyRegion.Legs, session.PlannedSetsLegs), (BodyRegion.Back, session.PlannedSetsBack) })
        {
            response.Summary.Add(new Api.GroupSummary
            {
                Region = region.ToProto(),
                PlannedSets = planned,
                DoneSets = sets.Count(s => s.Region == region),
                FailedSets = sets.Count(s => s.Region == region && s.Failed),
            });
        }

        return response;
    }
}
