using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Coaching;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Server.Tests;

public class CheckInTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task WrongPin_FiveTimes_LocksThePin_AnsweringAsAWrongPinDoes()
    {
        var member = await server.EnrollAsync();
        var wrong = new CheckInRequest { MemberCode = member.Code, Pin = "0000", SleepHours = 8 };
        var headers = ServerFixture.Kiosk(server.KioskKey1);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => server.KioskApi.CheckInAsync(wrong, headers).ResponseAsync);
            Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
            Assert.Equal("Member code or PIN is wrong.", error.Status.Detail);
        }

        var fifth = await Assert.ThrowsAsync<RpcException>(() => server.KioskApi.CheckInAsync(wrong, headers).ResponseAsync);
        var right = await Assert.ThrowsAsync<RpcException>(() => server.CheckInAsync(member));

        // Locked: the right PIN is refused with the very answer a wrong one gets.
        Assert.Equal((StatusCode.Unauthenticated, "Member code or PIN is wrong."), (fifth.StatusCode, fifth.Status.Detail));
        Assert.Equal((StatusCode.Unauthenticated, "Member code or PIN is wrong."), (right.StatusCode, right.Status.Detail));

        server.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(ReadinessStatus.Go, (await server.CheckInAsync(member)).Readiness.Status);
    }

    [Fact]
    public async Task WrongPins_FiftyInParallel_LockThePinAgainstTheRightOne()
    {
        var member = await server.EnrollAsync();
        var headers = ServerFixture.Kiosk(server.KioskKey1);

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
            (await Assert.ThrowsAsync<RpcException>(() => server.KioskApi.CheckInAsync(new CheckInRequest { MemberCode = member.Code, Pin = "0000", SleepHours = 8 }, headers).ResponseAsync)).StatusCode));
        var right = await Assert.ThrowsAsync<RpcException>(() => server.CheckInAsync(member));

        Assert.All(answers, a => Assert.Equal(StatusCode.Unauthenticated, a));
        Assert.Equal(StatusCode.Unauthenticated, right.StatusCode);
        await using var scope = server.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<BackLegDbContext>().Members.AsNoTracking().SingleAsync(m => m.Code == member.Code, TestContext.Current.CancellationToken);
        Assert.NotNull(stored.PinLockedUntil);
    }

    [Fact]
    public async Task WrongPins_SpreadOverMoreThan15Minutes_DoNotLock()
    {
        var member = await server.EnrollAsync();
        var wrong = new CheckInRequest { MemberCode = member.Code, Pin = "0000", SleepHours = 8 };

        for (var attempt = 1; attempt <= 6; attempt++)
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => server.KioskApi.CheckInAsync(wrong, ServerFixture.Kiosk(server.KioskKey1)).ResponseAsync);
            Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
            server.Clock.Advance(TimeSpan.FromMinutes(4));
        }

        Assert.NotNull(await server.CheckInAsync(member));
    }

    [Fact]
    public async Task UnknownCode_WrongPin_AndALockedPin_GetOneAnswer()
    {
        var locked = await server.EnrollAsync();
        var other = await server.EnrollAsync();
        var headers = ServerFixture.Kiosk(server.KioskKey1);
        async Task<(StatusCode, string)> AnswerAsync(string code, string pin)
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => server.KioskApi.CheckInAsync(new CheckInRequest { MemberCode = code, Pin = pin, SleepHours = 8 }, headers).ResponseAsync);
            return (error.StatusCode, error.Status.Detail);
        }

        for (var guess = 0; guess < 5; guess++)
        {
            await AnswerAsync(locked.Code, "0000");
        }

        var answers = new[] { await AnswerAsync("99999999", "2468"), await AnswerAsync(other.Code, "0000"), await AnswerAsync(locked.Code, "2468") };

        Assert.All(answers, a => Assert.Equal((StatusCode.Unauthenticated, "Member code or PIN is wrong."), a));
    }

    [Fact]
    public async Task UnknownMemberCode_SameAnswerAsAWrongPin()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.KioskApi.CheckInAsync(new CheckInRequest { MemberCode = "99999999", Pin = "2468", SleepHours = 8 }, ServerFixture.Kiosk(server.KioskKey1)).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal("Member code or PIN is wrong.", error.Status.Detail);
    }

    [Fact]
    public async Task R9_CheckIn30HoursAfterASession_NotTodayWith18HoursLeft()
    {
        var member = await server.EnrollAsync();
        await TrainAsync(member);
        server.Clock.Advance(TimeSpan.FromHours(30));

        var checkIn = await server.CheckInAsync(member);
        var plan = await Assert.ThrowsAsync<RpcException>(() =>
            server.KioskApi.PlanSessionAsync(new PlanSessionRequest(), ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken)).ResponseAsync);
        var preview = await Assert.ThrowsAsync<RpcException>(() =>
            server.KioskApi.PreviewSessionAsync(new PlanSessionRequest(), ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken)).ResponseAsync);

        Assert.Equal(ReadinessStatus.NotToday, checkIn.Readiness.Status);
        Assert.Equal(18, checkIn.Readiness.HoursUntilReady);
        Assert.Contains(checkIn.Readiness.Reasons, r => r.RuleId == "R9" && r.Text.Contains("18 h to go", StringComparison.Ordinal));
        Assert.Equal(StatusCode.FailedPrecondition, plan.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, preview.StatusCode);
    }

    [Fact]
    public async Task R9_ThirdCombinedSessionIn7Days_RefusedWithHoursLeft()
    {
        var member = await server.EnrollAsync();
        await TrainAsync(member);
        server.Clock.Advance(TimeSpan.FromHours(50));
        await TrainAsync(member);
        server.Clock.Advance(TimeSpan.FromHours(50));

        var checkIn = await server.CheckInAsync(member);

        Assert.Equal(ReadinessStatus.NotToday, checkIn.Readiness.Status);

        // The first session leaves the 7-day window 168 h after it: 168 - 100 = 68 h from now.
        Assert.Equal(68, checkIn.Readiness.HoursUntilReady);
    }

    [Fact]
    public async Task Flags_RecordRefusedAndShortSleepCheckIns()
    {
        var beginner = await server.EnrollAsync(Experience.Beginner, name: "Flagged Beginner");
        var start = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(server.Clock.GetUtcNow().AddMinutes(-1));
        await server.CheckInAsync(beginner, sleep: 5);

        var flagged = await server.StaffApi.ListFlaggedMembersAsync(
            new FlaggedMembersRequest { From = start, To = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(server.Clock.GetUtcNow().AddMinutes(1)) }, server.Staff);

        var entry = flagged.Members.Single(m => m.MemberId == beginner.MemberId);
        Assert.Equal((1, 1), (entry.NotSuited, entry.ShortSleep));
        Assert.Contains(entry.Flags, f => f.Kind == FlagKind.NotSuited && f.RuleId == "R8");
    }

    [Fact]
    public async Task R9_ACoachOverride_LetsTheMemberTrainToday_WithTheCoachsNote_AndOnlyToday()
    {
        var member = await server.EnrollAsync();
        await TrainAsync(member);
        server.Clock.Advance(TimeSpan.FromHours(30));
        var (coach, memberId) = await CoachAndMemberAsync("override-coach", member);

        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CoachOverrides>().GrantAsync(coach, memberId, "R9", "deload week, technique only", TestContext.Current.CancellationToken);
        }

        var checkIn = await server.CheckInAsync(member);
        var plan = (await server.KioskApi.PlanSessionAsync(new PlanSessionRequest(), ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken))).Plan;

        Assert.Equal(ReadinessStatus.GoWithWarnings, checkIn.Readiness.Status);
        Assert.Contains(checkIn.Readiness.Reasons, r => r.RuleId == "R9" && r.Text.StartsWith("Coach override by override-coach: deload week, technique only", StringComparison.Ordinal));
        Assert.NotEmpty(plan.Supersets);
        Assert.Contains(plan.Warnings, w => w.RuleId == "R9" && w.Text.Contains("override-coach", StringComparison.Ordinal));
        var flags = await server.StaffApi.ListFlaggedMembersAsync(
            new FlaggedMembersRequest { From = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(server.Clock.GetUtcNow().AddDays(-1)), To = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(server.Clock.GetUtcNow().AddMinutes(1)) },
            server.Staff);
        var audit = Assert.Single(flags.Members.Single(m => m.Code == member.Code).Overrides);
        Assert.Equal(("R9", "override-coach", "deload week, technique only"), (audit.RuleId, audit.By, audit.Reason));
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var overrides = scope.ServiceProvider.GetRequiredService<CoachOverrides>();
            Assert.NotNull(await overrides.TodayAsync(memberId, server.Clock.GetUtcNow(), TestContext.Current.CancellationToken));
            Assert.Null(await overrides.TodayAsync(memberId, server.Clock.GetUtcNow().AddDays(1), TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task ACoachOverride_NeedsAKnownRuleAReason_AndAnAccountStillOnStaff()
    {
        var member = await server.EnrollAsync();
        var (coach, memberId) = await CoachAndMemberAsync("careful-coach", member);
        await using var scope = server.Services.CreateAsyncScope();
        var overrides = scope.ServiceProvider.GetRequiredService<CoachOverrides>();
        var cancel = TestContext.Current.CancellationToken;

        Assert.Equal("rule", (await Assert.ThrowsAsync<InvalidFieldException>(() => overrides.GrantAsync(coach, memberId, "R5", "fine", cancel))).Field);
        Assert.Equal("reason", (await Assert.ThrowsAsync<InvalidFieldException>(() => overrides.GrantAsync(coach, memberId, "R9", "  ", cancel))).Field);
        await scope.ServiceProvider.GetRequiredService<StaffDirectory>().SetRoleAsync("careful-coach", Policies.RevokedRole, cancel);
        await Assert.ThrowsAsync<DeniedException>(() => overrides.GrantAsync(coach, memberId, "R9", "one last favour", cancel));
        Assert.Empty(await overrides.OfMemberAsync(memberId, cancel));
    }

    [Fact]
    public async Task R9_ACoachAtTheKiosk_OverridesWithTheirOwnCredentials_AWrongPasswordChangesNothing()
    {
        var member = await server.EnrollAsync();
        await TrainAsync(member);
        server.Clock.Advance(TimeSpan.FromHours(30));
        var (_, memberId) = await CoachAndMemberAsync("floor-coach", member);
        var checkIn = await server.CheckInAsync(member);
        var kiosk = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);

        var wrong = await Assert.ThrowsAsync<RpcException>(() => server.KioskApi.CoachOverrideAsync(
            new CoachOverrideRequest { StaffUsername = "floor-coach", StaffPassword = "not the password", Rule = "R9", Reason = "deload" }, kiosk).ResponseAsync);
        var granted = await server.KioskApi.CoachOverrideAsync(
            new CoachOverrideRequest { StaffUsername = "floor-coach", StaffPassword = "a long enough password", Rule = "R9", Reason = "deload week" }, kiosk);

        Assert.Equal(StatusCode.Unauthenticated, wrong.StatusCode);
        Assert.Equal(ReadinessStatus.GoWithWarnings, granted.Readiness.Status);
        await using var scope = server.Services.CreateAsyncScope();
        Assert.Equal("floor-coach", Assert.Single(await scope.ServiceProvider.GetRequiredService<CoachOverrides>().OfMemberAsync(memberId, TestContext.Current.CancellationToken)).By);
        Assert.NotEmpty((await server.KioskApi.PlanSessionAsync(new PlanSessionRequest(), kiosk)).Plan.Supersets);
    }

    private async Task<(Guid Coach, Guid Member)> CoachAndMemberAsync(string username, Member member)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var coach = await scope.ServiceProvider.GetRequiredService<StaffDirectory>().AddStaffAsync(username, "a long enough password", TestContext.Current.CancellationToken);
        var found = await scope.ServiceProvider.GetRequiredService<MemberDirectory>().ListAsync(member.Code, 1, TestContext.Current.CancellationToken);
        return (coach.Id, found.Single(m => m.Code == member.Code).Id);
    }

    private async Task TrainAsync(Member member)
    {
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        var push = new PushFactsRequest();
        foreach (var superset in plan.Supersets)
        {
            push.Facts.Add(server.SetFact(plan, superset.First, 1));
            push.Facts.Add(server.SetFact(plan, superset.Second, 1));
        }

        await server.SyncApi.PushFactsAsync(push, headers);
        await server.KioskApi.CompleteSessionAsync(new CompleteSessionRequest { SessionId = plan.SessionId, FactId = Guid.NewGuid().ToString() }, headers);
    }
}
