using BackLegKiosk.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Tests;

public class OperationsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Health_IsServing()
    {
        var response = await new Health.HealthClient(server.Channel).CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Reflection_ForStaff_ListsTheBackLegServices()
    {
        using var call = new ServerReflection.ServerReflectionClient(server.Channel).ServerReflectionInfo(server.Staff);
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));

        var names = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        Assert.Contains("backleg.v1.KioskService", names);
        Assert.Contains("backleg.v1.SyncService", names);
        Assert.Contains("backleg.v1.StaffService", names);
        Assert.Contains("backleg.v1.MemberService", names);
        Assert.Contains("backleg.v1.AuthService", names);
    }

    [Fact]
    public async Task Reflection_TurnedOffByConfiguration_IsNotThereEvenForStaff()
    {
        await using var closed = server.WithWebHostBuilder(b => b.UseSetting("BackLeg:Reflection", "false"));
        using var channel = global::Grpc.Net.Client.GrpcChannel.ForAddress(closed.Server.BaseAddress, new global::Grpc.Net.Client.GrpcChannelOptions { HttpHandler = closed.Server.CreateHandler() });
        using var call = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo(server.Staff);

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
            await call.ResponseStream.MoveNext(CancellationToken.None);
        });

        // With no reflection service mapped, the call meets what any method the server lacks meets: the
        // deny-by-default policy, which a bearer token does not satisfy.
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task Usage_CountsCheckInsSessionsAndSetsPerKiosk()
    {
        var from = Timestamp.FromDateTimeOffset(server.Clock.GetUtcNow().AddHours(-1));
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member, server.KioskKey2);
        await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { server.SetFact(plan, plan.Supersets[0].First, 1), server.SetFact(plan, plan.Supersets[0].Second, 1) } },
            ServerFixture.Kiosk(server.KioskKey2, checkIn.CheckinToken));

        var usage = await server.StaffApi.GetUsageAsync(
            new UsageRequest { From = from, To = Timestamp.FromDateTimeOffset(server.Clock.GetUtcNow().AddHours(1)), Bucket = UsageBucket.Hour }, server.Staff);

        var kiosk2 = usage.PerKiosk.Single(k => k.KioskName == "Kiosk 2");
        Assert.Equal((1, 1, 2), (kiosk2.Counts.CheckIns, kiosk2.Counts.Sessions, kiosk2.Counts.Sets));
        Assert.Equal(usage.Total.Sets, usage.Points.Sum(p => p.Counts.Sets));
        Assert.Equal(3, usage.Points.Count);
    }

    [Fact]
    public async Task Usage_BusiestHoursAndSessionLengthAgainstThePlan()
    {
        server.Clock.Advance(TimeSpan.FromHours(6));
        var from = server.Clock.GetUtcNow();
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        server.Clock.Advance(TimeSpan.FromMinutes(50));
        await server.KioskApi.CompleteSessionAsync(
            new CompleteSessionRequest { SessionId = plan.SessionId, FactId = Guid.NewGuid().ToString() }, ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken));

        var usage = await server.StaffApi.GetUsageAsync(
            new UsageRequest { From = Timestamp.FromDateTimeOffset(from), To = Timestamp.FromDateTimeOffset(server.Clock.GetUtcNow().AddMinutes(1)) }, server.Staff);

        var local = TimeZoneInfo.ConvertTime(from, TimeZoneInfo.Local);
        var hour = Assert.Single(usage.BusiestHours);
        Assert.Equal((((int)local.DayOfWeek + 6) % 7, local.Hour, 1), (hour.Weekday, hour.Hour, hour.CheckIns));
        Assert.Equal(1, usage.SessionLength.Completed);
        Assert.Equal(50, usage.SessionLength.AverageMinutes);
        Assert.Equal(plan.EstimatedMinutes, usage.SessionLength.AverageEstimatedMinutes);
    }

    [Fact]
    public void Start_WithAnUnknownTimeZoneOrAnOutOfRangeSetting_IsRefusedNamingEachKey()
    {
        using var misconfigured = server.WithWebHostBuilder(b => b.UseSetting("BackLeg:TimeZone", "Mars/Olympus_Mons").UseSetting("BackLeg:PinAttempts", "0"));

        var refused = Assert.Throws<OptionsValidationException>(() => misconfigured.Services);

        Assert.Contains("BackLeg:TimeZone 'Mars/Olympus_Mons' is not a known time zone id", refused.Message, StringComparison.Ordinal);
        Assert.Contains("BackLeg:PinAttempts is 0", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Heartbeat_RecordsTheOutboxCountsStaffSee()
    {
        var beat = await server.KioskApi.HeartbeatAsync(new HeartbeatRequest { PendingFacts = 3, RefusedFacts = 1 }, ServerFixture.Kiosk(server.KioskKey2));
        var bad = await Assert.ThrowsAsync<RpcException>(() =>
            server.KioskApi.HeartbeatAsync(new HeartbeatRequest { PendingFacts = -1 }, ServerFixture.Kiosk(server.KioskKey2)).ResponseAsync);

        var kiosk2 = (await server.StaffApi.ListKiosksAsync(new ListKiosksRequest(), server.Staff)).Kiosks.Single(k => k.Name == "Kiosk 2");
        Assert.Equal((3, 1), (kiosk2.PendingFacts, kiosk2.RefusedFacts));
        Assert.Equal(server.Clock.GetUtcNow(), kiosk2.LastHeartbeatAt.ToDateTimeOffset());
        Assert.Equal(beat.ServerTime, kiosk2.LastSeenAt);
        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
        Assert.Contains("pending_facts", bad.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Heartbeat_DeadLettersAndStorageProblem_StaffSeeThemAndAskForAResend()
    {
        var kiosk = await server.StaffApi.ProvisionKioskAsync(new ProvisionKioskRequest { Name = "Dead letters" }, server.Staff);
        var headers = ServerFixture.Kiosk(kiosk.DeviceKey);
        var report = new HeartbeatRequest { RefusedFacts = 2, StorageProblem = "disk full", DeadLetters = { new DeadLetterReason { Reason = "facts[0].set_logged.rpe: must be 1-10", Count = 2 } } };

        var first = await server.KioskApi.HeartbeatAsync(report, headers);
        await server.StaffApi.ResendDeadLettersAsync(new ResendDeadLettersRequest { KioskId = kiosk.KioskId }, server.Staff);
        var listed = (await server.StaffApi.ListKiosksAsync(new ListKiosksRequest(), server.Staff)).Kiosks.Single(k => k.KioskId == kiosk.KioskId);
        var second = await server.KioskApi.HeartbeatAsync(report, headers);
        report.ResendRequestsDone = second.ResendRequests;
        await server.KioskApi.HeartbeatAsync(report, headers);
        var acted = (await server.StaffApi.ListKiosksAsync(new ListKiosksRequest(), server.Staff)).Kiosks.Single(k => k.KioskId == kiosk.KioskId);

        Assert.Equal(500, first.MaxPushFacts);
        Assert.Equal((0L, 1L), (first.ResendRequests, second.ResendRequests));
        Assert.Equal("disk full", listed.StorageProblem);
        Assert.Equal(("facts[0].set_logged.rpe: must be 1-10", 2), (listed.DeadLetters.Single().Reason, listed.DeadLetters.Single().Count));
        Assert.True(listed.ResendPending);
        Assert.False(acted.ResendPending);
    }

    [Fact]
    public async Task ExportThenErase_RemovesTheMemberAndTheirSets()
    {
        var member = await server.EnrollAsync(name: "Erase Me");
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { server.SetFact(plan, plan.Supersets[0].First, 1) } }, ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken));

        var export = await server.StaffApi.ExportMemberAsync(new ExportMemberRequest { MemberId = member.MemberId }, server.Staff);
        using (var json = System.Text.Json.JsonDocument.Parse(export.Json))
        {
            Assert.Equal("Erase Me", json.RootElement.GetProperty("member").GetProperty("displayName").GetString());
            Assert.Equal(8, json.RootElement.GetProperty("checkIns")[0].GetProperty("sleepHours").GetDouble());
            Assert.Equal(1, json.RootElement.GetProperty("facts").GetArrayLength());
        }

        var erased = await server.StaffApi.EraseMemberAsync(new EraseMemberRequest { MemberId = member.MemberId }, server.Staff);
        var gone = await Assert.ThrowsAsync<RpcException>(() => server.Members.GetMemberAsync(new GetMemberRequest { MemberId = member.MemberId }, server.Staff).ResponseAsync);
        var relogin = await Assert.ThrowsAsync<RpcException>(() => server.CheckInAsync(member));

        Assert.Equal((1, 1, 1), (erased.SessionsRemoved, erased.CheckInsRemoved, erased.SetsRemoved));
        Assert.Equal(StatusCode.NotFound, gone.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, relogin.StatusCode);
    }
}
