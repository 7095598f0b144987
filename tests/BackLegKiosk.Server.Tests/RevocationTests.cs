using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Security;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Server.Tests;

/// <summary>Rights taken away end what they opened: the next call is refused and open streams end at their next check.</summary>
public class RevocationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task RevokedStaff_TheTokenIsRefusedAtItsNextCall_AndItsOpenStreamEnds()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StaffDirectory>().AddStaffAsync("leaving-coach", "a long enough password", ct);
        }

        var token = (await new AuthService.AuthServiceClient(server.Channel).SignInAsync(new SignInRequest { Username = "leaving-coach", Password = "a long enough password" }, cancellationToken: ct)).AccessToken;
        var bearer = new Metadata { { "authorization", $"Bearer {token}" } };
        using var stream = server.StaffApi.WatchActiveSessions(new WatchActiveSessionsRequest(), bearer, cancellationToken: ct);
        Assert.True(await stream.ResponseStream.MoveNext(ct));
        await server.StaffApi.ListKiosksAsync(new ListKiosksRequest(), bearer, cancellationToken: ct);

        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StaffDirectory>().SetRoleAsync("leaving-coach", Policies.RevokedRole, ct);
        }

        var call = await Assert.ThrowsAsync<RpcException>(async () => await server.StaffApi.ListKiosksAsync(new ListKiosksRequest(), bearer, cancellationToken: ct));
        server.Services.GetRequiredService<ChangeFeed>().Publish(new Change(null, 0));
        var streamed = await Assert.ThrowsAsync<RpcException>(() => stream.ResponseStream.MoveNext(ct));

        Assert.Equal(StatusCode.Unauthenticated, call.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, streamed.StatusCode);
    }

    [Fact]
    public async Task RevokedKioskKey_IsRefusedAtItsNextCall_ItsOpenWatchEnds_AndANewKeyLetsItBack()
    {
        var ct = TestContext.Current.CancellationToken;
        string key;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            key = (await scope.ServiceProvider.GetRequiredService<KioskRegistry>().ProvisionAsync("Stolen kiosk", ct)).Key.ToString();
        }

        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member, key);
        var headers = ServerFixture.Kiosk(key, checkIn.CheckinToken);
        using var stream = server.SyncApi.WatchSession(new WatchSessionRequest { SessionId = plan.SessionId }, headers, cancellationToken: ct);
        await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { server.SetFact(plan, plan.Supersets[0].First, 1) } }, headers, cancellationToken: ct);
        Assert.True(await stream.ResponseStream.MoveNext(ct));
        await server.KioskApi.HeartbeatAsync(new HeartbeatRequest(), ServerFixture.Kiosk(key), cancellationToken: ct);

        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<KioskRegistry>().RevokeAsync("Stolen kiosk", ct);
        }

        var call = await Assert.ThrowsAsync<RpcException>(async () => await server.KioskApi.HeartbeatAsync(new HeartbeatRequest(), ServerFixture.Kiosk(key), cancellationToken: ct));
        var streamed = await Assert.ThrowsAsync<RpcException>(() => stream.ResponseStream.MoveNext(ct));
        string newKey;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            newKey = (await scope.ServiceProvider.GetRequiredService<KioskRegistry>().RotateKeyAsync("Stolen kiosk", ct)).Key.ToString();
        }

        await server.KioskApi.HeartbeatAsync(new HeartbeatRequest(), ServerFixture.Kiosk(newKey), cancellationToken: ct);
        var oldKeyAfterRotation = await Assert.ThrowsAsync<RpcException>(async () => await server.KioskApi.HeartbeatAsync(new HeartbeatRequest(), ServerFixture.Kiosk(key), cancellationToken: ct));

        Assert.Equal(StatusCode.Unauthenticated, call.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, streamed.StatusCode);
        Assert.Contains("revoked or replaced", streamed.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.Unauthenticated, oldKeyAfterRotation.StatusCode);
    }

    [Fact]
    public async Task SessionWatch_EndsRefusedWhenTheCheckInEnds()
    {
        var ct = TestContext.Current.CancellationToken;
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        using var stream = server.SyncApi.WatchSession(new WatchSessionRequest { SessionId = plan.SessionId }, headers, cancellationToken: ct);
        await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { server.SetFact(plan, plan.Supersets[0].First, 1) } }, headers, cancellationToken: ct);
        Assert.True(await stream.ResponseStream.MoveNext(ct));

        await server.KioskApi.CheckOutAsync(new CheckOutRequest(), headers, cancellationToken: ct);
        server.Services.GetRequiredService<ChangeFeed>().Publish(new Change(Guid.Parse(plan.SessionId), long.MaxValue));
        var error = await Assert.ThrowsAsync<RpcException>(() => stream.ResponseStream.MoveNext(ct));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task SessionWatch_EndsWhenTheSessionIsCompleted()
    {
        var ct = TestContext.Current.CancellationToken;
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        using var stream = server.SyncApi.WatchSession(new WatchSessionRequest { SessionId = plan.SessionId }, headers, cancellationToken: ct);
        var set = server.SetFact(plan, plan.Supersets[0].First, 1);
        await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { set } }, headers, cancellationToken: ct);
        Assert.True(await stream.ResponseStream.MoveNext(ct));

        await server.KioskApi.CompleteSessionAsync(new CompleteSessionRequest { SessionId = plan.SessionId, FactId = Guid.NewGuid().ToString() }, headers, cancellationToken: ct);

        // The completion itself is a fact of the session: the watcher gets it, then the stream ends.
        var rest = new List<StoredFact>();
        while (await stream.ResponseStream.MoveNext(ct))
        {
            rest.Add(stream.ResponseStream.Current);
        }

        Assert.Equal(Fact.BodyOneofCase.SessionCompleted, Assert.Single(rest).Fact.BodyCase);
    }
}
