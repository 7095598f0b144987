using BackLegKiosk.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace BackLegKiosk.Server.Tests;

public class ValidationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    public static TheoryData<string, string> BadSets => new()
    {
        { "load-negative", "facts[0].set_logged.load" },
        { "load-absurd", "facts[0].set_logged.load" },
        { "load-nan", "facts[0].set_logged.load" },
        { "reps", "facts[0].set_logged.reps" },
        { "zero-reps-not-failed", "facts[0].set_logged.reps" },
        { "rpe-high", "facts[0].set_logged.rpe" },
        { "rpe-low", "facts[0].set_logged.rpe" },
        { "rpe-nan", "facts[0].set_logged.rpe" },
        { "future", "facts[0].occurred_at" },
        { "no-time", "facts[0].occurred_at" },
        { "bad-time", "facts[0].occurred_at" },
        { "fact-id", "facts[0].fact_id" },
        { "session-id", "facts[0].session_id" },
        { "exercise", "facts[0].set_logged.exercise_id" },
        { "slot", "facts[0].set_logged.slot" },
        { "unit", "facts[0].set_logged.unit" },
        { "set-number", "facts[0].set_logged.set_number" },
        { "no-body", "facts[0].body" },
        { "void-reason", "facts[0].set_voided.reason" },
        { "foreign-session", "facts[0].session_id" },
    };

    [Theory]
    [MemberData(nameof(BadSets))]
    public async Task Push_BadFact_IsRejectedNamingTheField(string defect, string field)
    {
        var (headers, plan) = await CheckedInAsync();
        var fact = server.SetFact(plan, plan.Supersets[0].First, 1);
        Break(fact, defect);

        var result = Assert.Single((await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { fact } }, headers)).Results);

        Assert.Equal(FactOutcome.Rejected, result.Outcome);
        Assert.Equal(field, result.Field);
        Assert.NotEmpty(result.Reason);
    }

    [Fact]
    public async Task Push_AFailedAttemptOfNoReps_IsStored()
    {
        var (headers, plan) = await CheckedInAsync();
        var fact = server.SetFact(plan, plan.Supersets[0].First, 1, reps: 0);
        fact.SetLogged.Failed = true;

        var result = Assert.Single((await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { fact } }, headers)).Results);

        Assert.Equal(FactOutcome.Accepted, result.Outcome);
    }

    [Fact]
    public async Task Push_PartlyBadBatch_StoresExactlyTheGoodItems()
    {
        var (headers, plan) = await CheckedInAsync();
        var facts = Enumerable.Range(1, 6).Select(n => server.SetFact(plan, plan.Supersets[0].First, n)).ToList();
        facts[1].SetLogged.Rpe = 11;
        facts[4].SetLogged.Reps = -1;

        var results = (await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { facts } }, headers)).Results;
        var pulled = await server.SyncApi.PullFactsAsync(new PullFactsRequest { SessionId = plan.SessionId }, headers);

        Assert.Equal(
            [FactOutcome.Accepted, FactOutcome.Rejected, FactOutcome.Accepted, FactOutcome.Accepted, FactOutcome.Rejected, FactOutcome.Accepted],
            results.Select(r => r.Outcome));
        Assert.Equal(["facts[1].set_logged.rpe", "facts[4].set_logged.reps"], results.Where(r => r.Outcome == FactOutcome.Rejected).Select(r => r.Field));
        Assert.Equal([facts[0].FactId, facts[2].FactId, facts[3].FactId, facts[5].FactId], pulled.Facts.Select(f => f.Fact.FactId));
    }

    [Fact]
    public async Task Push_EmptyOrOversizedBatch_InvalidArgument()
    {
        var (headers, plan) = await CheckedInAsync();

        var empty = await Assert.ThrowsAsync<RpcException>(() => server.SyncApi.PushFactsAsync(new PushFactsRequest(), headers).ResponseAsync);
        var big = new PushFactsRequest { Facts = { Enumerable.Range(1, 501).Select(n => server.SetFact(plan, plan.Supersets[0].First, 1)) } };
        var oversized = await Assert.ThrowsAsync<RpcException>(() => server.SyncApi.PushFactsAsync(big, headers).ResponseAsync);

        AssertInvalid(empty, "facts");
        AssertInvalid(oversized, "facts");
    }

    public static TheoryData<string, string> BadEnrolments => new()
    {
        { "code", "code" },
        { "pin", "pin" },
        { "name", "display_name" },
        { "no-profile", "profile" },
        { "experience", "profile.experience" },
        { "goal", "profile.goal" },
        { "units", "profile.units" },
        { "baseline", "profile.split_day_sets_legs" },
        { "weight", "profile.body_weight_kg" },
        { "minutes", "profile.available_minutes" },
        { "max", "profile.one_rep_maxes_kg[back-squat]" },
    };

    [Theory]
    [MemberData(nameof(BadEnrolments))]
    public async Task Enroll_BadField_InvalidArgumentNamingIt(string defect, string field)
    {
        var request = new EnrollMemberRequest { Code = "987654", DisplayName = "Valid Name", Pin = "1357", Profile = ServerFixture.Profile() };
        switch (defect)
        {
            case "code": request.Code = "12ab"; break;
            case "pin": request.Pin = "12"; break;
            case "name": request.DisplayName = new string('x', 81); break;
            case "no-profile": request.Profile = null; break;
            case "experience": request.Profile.Experience = Experience.Unspecified; break;
            case "goal": request.Profile.Goal = (TrainingGoal)99; break;
            case "units": request.Profile.Units = WeightUnit.Unspecified; break;
            case "baseline": request.Profile.SplitDaySetsLegs = 2; break;
            case "weight": request.Profile.BodyWeightKg = double.PositiveInfinity; break;
            case "minutes": request.Profile.AvailableMinutes = 1000; break;
            case "max": request.Profile.OneRepMaxesKg["back-squat"] = -5; break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => server.Members.EnrollMemberAsync(request, server.Staff).ResponseAsync);

        AssertInvalid(error, field);
    }

    [Fact]
    public async Task Enroll_TakenCode_AlreadyExists()
    {
        var member = await server.EnrollAsync();
        var again = new EnrollMemberRequest { Code = member.Code, DisplayName = "Someone Else", Pin = "1357", Profile = ServerFixture.Profile() };

        var error = await Assert.ThrowsAsync<RpcException>(() => server.Members.EnrollMemberAsync(again, server.Staff).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
    }

    [Theory]
    [InlineData("", "member_code")]
    [InlineData("12", "member_code")]
    [InlineData("1234", "pin", "abc")]
    [InlineData("1234", "sleep_hours", "2468", double.NaN)]
    [InlineData("1234", "sleep_hours", "2468", 30)]
    public async Task CheckIn_BadField_InvalidArgumentNamingIt(string code, string field, string pin = "2468", double sleep = 8)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.KioskApi.CheckInAsync(new CheckInRequest { MemberCode = code, Pin = pin, SleepHours = sleep }, ServerFixture.Kiosk(server.KioskKey1)).ResponseAsync);

        AssertInvalid(error, field);
    }

    [Fact]
    public async Task UnknownMember_NotFound()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.StaffApi.GetMemberHistoryAsync(new MemberHistoryRequest { MemberId = Guid.NewGuid().ToString() }, server.Staff).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Theory]
    [InlineData("not-a-uuid", "member_id")]
    [InlineData("", "member_id")]
    public async Task History_BadMemberId_InvalidArgument(string id, string field) =>
        AssertInvalid(await Assert.ThrowsAsync<RpcException>(() =>
            server.StaffApi.GetMemberHistoryAsync(new MemberHistoryRequest { MemberId = id }, server.Staff).ResponseAsync), field);

    [Fact]
    public async Task Usage_TimeOutOfRange_InvalidArgument()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.StaffApi.GetUsageAsync(new UsageRequest { From = new Timestamp { Seconds = long.MinValue }, To = Timestamp.FromDateTimeOffset(server.Clock.GetUtcNow()) }, server.Staff).ResponseAsync);

        AssertInvalid(error, "from");
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(4_102_444_800)]
    public async Task Complete_BadTime_InvalidArgumentNamingCompletedAt(long seconds)
    {
        var (headers, plan) = await CheckedInAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => server.KioskApi.CompleteSessionAsync(
            new CompleteSessionRequest { SessionId = plan.SessionId, FactId = Guid.NewGuid().ToString(), CompletedAt = new Timestamp { Seconds = seconds } }, headers).ResponseAsync);

        AssertInvalid(error, "completed_at");
    }

    [Fact]
    public async Task Usage_BadRange_InvalidArgument()
    {
        var now = Timestamp.FromDateTimeOffset(server.Clock.GetUtcNow());
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.StaffApi.GetUsageAsync(new UsageRequest { From = now, To = now }, server.Staff).ResponseAsync);

        AssertInvalid(error, "to");
    }

    private static void AssertInvalid(RpcException error, string field)
    {
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, error.Trailers.GetValue("invalid-field"));
        Assert.Contains(field, error.Status.Detail, StringComparison.Ordinal);
    }

    private async Task<(Metadata Headers, SessionPlan Plan)> CheckedInAsync()
    {
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        return (ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken), plan);
    }

    private void Break(Fact fact, string defect)
    {
        var set = fact.SetLogged;
        switch (defect)
        {
            case "load-negative": set.Load = -1; break;
            case "load-absurd": set.Load = 5000; break;
            case "load-nan": set.Load = double.NaN; break;
            case "reps": set.Reps = 101; break;
            case "zero-reps-not-failed": set.Reps = 0; set.Failed = false; break;
            case "rpe-high": set.Rpe = 11; break;
            case "rpe-low": set.Rpe = 0.5; break;
            case "rpe-nan": set.Rpe = double.NaN; break;
            case "future": fact.OccurredAt = Timestamp.FromDateTimeOffset(server.Clock.GetUtcNow().AddHours(2)); break;
            case "no-time": fact.OccurredAt = null; break;
            case "bad-time": fact.OccurredAt = new Timestamp { Seconds = long.MaxValue }; break;
            case "fact-id": fact.FactId = "not-a-uuid"; break;
            case "session-id": fact.SessionId = "nope"; break;
            case "exercise": set.ExerciseId = "bicep-curl"; break;
            case "slot": set.Slot = "Z9"; break;
            case "unit": set.Unit = WeightUnit.Unspecified; break;
            case "set-number": set.SetNumber = 0; break;
            case "no-body": fact.ClearBody(); break;
            case "void-reason": fact.SetVoided = new SetVoided { TargetFactId = Guid.NewGuid().ToString(), Reason = new string('x', 201) }; break;
            case "foreign-session": fact.SessionId = Guid.NewGuid().ToString(); break;
        }
    }
}
