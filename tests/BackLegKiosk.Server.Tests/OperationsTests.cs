using BackLegKiosk.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

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
    public async Task Reflection_ListsTheBackLegServices()
    {
        using var call = new ServerReflection.ServerReflectionClient(server.Channel).ServerReflectionInfo();
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
    public async Task ExportThenErase_RemovesHealthDataButKeepsCounts()
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

        Assert.Equal((1, 1), (erased.SessionsAnonymised, erased.CheckInsRemoved));
        Assert.Equal(StatusCode.NotFound, gone.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, relogin.StatusCode);
    }
}
