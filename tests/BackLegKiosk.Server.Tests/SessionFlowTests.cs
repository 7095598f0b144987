using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Domain;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Server.Tests;

public class SessionFlowTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Preview_ShowsThePlanStartWillMake_AndOpensNoSession()
    {
        var member = await server.EnrollAsync();
        var checkIn = await server.CheckInAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        var sessionsBefore = await SessionsOfAsync(member);

        var preview = await server.KioskApi.PreviewSessionAsync(new PlanSessionRequest(), headers);
        var again = await server.KioskApi.PreviewSessionAsync(new PlanSessionRequest(), headers);

        Assert.Equal((string.Empty, false), (preview.Plan.SessionId, preview.Resumed));
        Assert.Equal(sessionsBefore, await SessionsOfAsync(member));
        Assert.Equal(preview.Plan, again.Plan);
        Assert.NotEmpty(preview.Plan.Supersets);
        Assert.Equal(2, preview.Plan.Volume.Count);
        Assert.True(preview.Plan.EstimatedMinutes > 0);
        Assert.Contains(preview.Plan.RulesApplied, n => n.RuleId == "R4");

        var started = (await server.KioskApi.PlanSessionAsync(new PlanSessionRequest(), headers)).Plan;
        Assert.Equal(preview.Plan.Supersets, started.Supersets);
        Assert.Equal(preview.Plan.Volume, started.Volume);
        Assert.Equal(sessionsBefore + 1, await SessionsOfAsync(member));

        // With a session open, the preview is that session's plan, to continue.
        var open = await server.KioskApi.PreviewSessionAsync(new PlanSessionRequest(), headers);
        Assert.Equal((started.SessionId, true), (open.Plan.SessionId, open.Resumed));
    }

    private async Task<int> SessionsOfAsync(Member member)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.BackLegDbContext>();
        return await db.Members.Where(m => m.Code == member.Code).Join(db.Sessions, m => m.Id, s => s.MemberId, (m, s) => s).CountAsync();
    }

    [Fact]
    public async Task Flow_EnrollCheckInPlanPushComplete_HistoryShowsVolumeAndE1rm()
    {
        var member = await server.EnrollAsync();
        var checkIn = await server.CheckInAsync(member);
        Assert.Equal(ReadinessStatus.Go, checkIn.Readiness.Status);
        Assert.Equal("Test Member", checkIn.MemberName);

        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        var plan = (await server.KioskApi.PlanSessionAsync(new PlanSessionRequest(), headers)).Plan;
        Assert.Equal("back-squat", plan.Supersets[0].First.ExerciseId);
        Assert.Equal(11, plan.RulesApplied.Count);
        Assert.Equal(137.5, plan.Supersets[0].First.Load.Value);

        var a1 = plan.Supersets[0].First;
        var a2 = plan.Supersets[0].Second;
        var push = new PushFactsRequest();
        push.Facts.Add(new Fact { FactId = Guid.NewGuid().ToString(), SessionId = plan.SessionId, OccurredAt = Timestamp.FromDateTimeOffset(server.Clock.GetUtcNow()), SessionStarted = new SessionStarted() });
        for (var set = 1; set <= 3; set++)
        {
            push.Facts.Add(server.SetFact(plan, a1, set, load: 137.5, reps: 4, rpe: 8));
            push.Facts.Add(server.SetFact(plan, a2, set, load: 0, reps: 6, rpe: 9));
        }

        var pushed = await server.SyncApi.PushFactsAsync(push, headers);
        Assert.All(pushed.Results, r => Assert.Equal(FactOutcome.Accepted, r.Outcome));
        Assert.Equal(pushed.Results.Select(r => r.Sequence).Order(), pushed.Results.Select(r => r.Sequence));

        server.Clock.Advance(TimeSpan.FromMinutes(20));
        var completed = await server.KioskApi.CompleteSessionAsync(
            new CompleteSessionRequest { SessionId = plan.SessionId, FactId = Guid.NewGuid().ToString() }, headers);
        Assert.Equal(32, completed.Advice.ProteinGrams);
        Assert.Equal(80, completed.Advice.CarbohydrateGrams);
        var legs = completed.Summary.Single(s => s.Region == BodyRegion.Legs);
        Assert.Equal((12, 3), (legs.PlannedSets, legs.DoneSets));
        Assert.Equal(20, completed.ActualMinutes);

        var history = await server.StaffApi.GetMemberHistoryAsync(new MemberHistoryRequest { MemberId = member.MemberId }, server.Staff);
        var session = Assert.Single(history.Sessions);
        Assert.Equal((3, 3), (session.LegsSets, session.BackSets));
        Assert.NotNull(session.CompletedAt);
        var week = Assert.Single(history.Weekly);
        Assert.Equal((3, 3), (week.LegsSets, week.BackSets));
        var squat = history.Exercises.Single(e => e.ExerciseId == "back-squat");

        // 137.5 kg x 4 at RPE 8 -> 6 reps to failure -> Epley 137.5 x 1.2 = 165 kg.
        Assert.Equal(165, squat.BestE1RmKg);
        Assert.Equal(137.5, squat.BestLoadKg);
    }

    [Fact]
    public async Task Complete_AgainWithTheSameFact_ReturnsTheSameAdvice()
    {
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        var request = new CompleteSessionRequest { SessionId = plan.SessionId, FactId = Guid.NewGuid().ToString() };

        var first = await server.KioskApi.CompleteSessionAsync(request, headers);
        var second = await server.KioskApi.CompleteSessionAsync(request, headers);

        Assert.Equal(first.Advice, second.Advice);
    }

    [Fact]
    public async Task Complete_PublishesTheSessionsChangeOnce()
    {
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var sessionId = Guid.Parse(plan.SessionId);
        using var subscription = server.Services.GetRequiredService<ChangeFeed>().Subscribe();

        await server.KioskApi.CompleteSessionAsync(
            new CompleteSessionRequest { SessionId = plan.SessionId, FactId = Guid.NewGuid().ToString() },
            ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken));

        var changes = new List<Change>();
        while (subscription.Reader.TryRead(out var change))
        {
            changes.Add(change);
        }

        Assert.Single(changes, c => c.SessionId == sessionId);
    }

    [Fact]
    public async Task PushIntoACompletedSession_WhatHappenedAfterIsRejected_ASetDoneBeforeIsTaken()
    {
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        var before = server.SetFact(plan, plan.Supersets[0].First, 1);
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        await server.KioskApi.CompleteSessionAsync(new CompleteSessionRequest { SessionId = plan.SessionId, FactId = Guid.NewGuid().ToString() }, headers);
        server.Clock.Advance(TimeSpan.FromMinutes(1));

        var results = (await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { before, server.SetFact(plan, plan.Supersets[0].First, 2) } }, headers)).Results;

        Assert.Equal(FactOutcome.Accepted, results[0].Outcome);
        Assert.Equal(FactOutcome.Rejected, results[1].Outcome);
        Assert.Contains("completed", results[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_MidSessionOnAnotherKiosk_ResumesTheSamePlan()
    {
        var member = await server.EnrollAsync();
        var (_, plan) = await server.CheckInAndPlanAsync(member);

        var second = await server.CheckInAsync(member, server.KioskKey2);
        var resumed = await server.KioskApi.PlanSessionAsync(new PlanSessionRequest(), ServerFixture.Kiosk(server.KioskKey2, second.CheckinToken));

        Assert.Equal(plan.SessionId, second.OpenSessionId);
        Assert.True(resumed.Resumed);
        Assert.Equal(plan, resumed.Plan);
    }

    [Fact]
    public async Task Correction_VoidsTheOriginalInHistory()
    {
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        var wrong = server.SetFact(plan, plan.Supersets[0].First, 1, load: 13.75);
        var voidedOne = server.SetFact(plan, plan.Supersets[0].Second, 1);
        var fix = server.SetFact(plan, plan.Supersets[0].First, 1, load: 137.5);
        var correction = new Fact { FactId = Guid.NewGuid().ToString(), SessionId = plan.SessionId, OccurredAt = fix.OccurredAt, SetCorrected = new SetCorrected { TargetFactId = wrong.FactId, Replacement = fix.SetLogged } };
        var voiding = new Fact { FactId = Guid.NewGuid().ToString(), SessionId = plan.SessionId, OccurredAt = fix.OccurredAt, SetVoided = new SetVoided { TargetFactId = voidedOne.FactId, Reason = "tapped twice" } };

        var today = new UsageRequest { From = Timestamp.FromDateTimeOffset(server.Clock.GetUtcNow().AddDays(-1)), To = Timestamp.FromDateTimeOffset(server.Clock.GetUtcNow().AddDays(1)) };
        var setsBefore = (await server.StaffApi.GetUsageAsync(today, server.Staff)).Total.Sets;

        var pushed = await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { wrong, voidedOne, correction, voiding } }, headers);

        Assert.All(pushed.Results, r => Assert.Equal(FactOutcome.Accepted, r.Outcome));
        Assert.Equal(setsBefore + 1, (await server.StaffApi.GetUsageAsync(today, server.Staff)).Total.Sets);
        var history = await server.StaffApi.GetMemberHistoryAsync(new MemberHistoryRequest { MemberId = member.MemberId }, server.Staff);
        var session = history.Sessions.Single();
        Assert.Equal((1, 0), (session.LegsSets, session.BackSets));
        Assert.Equal(137.5, history.Exercises.Single(e => e.ExerciseId == "back-squat").BestLoadKg);
    }
}
