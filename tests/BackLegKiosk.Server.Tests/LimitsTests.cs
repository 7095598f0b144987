using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Domain;
using Grpc.Core;

namespace BackLegKiosk.Server.Tests;

/// <summary>What one caller can make the server hold: a message's size, and how often a burst of changes wakes a page.</summary>
public class LimitsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task AMessageOverTheLimit_IsRefusedBeforeItIsRead_AndTheStoreIsUnchanged()
    {
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        var huge = new PushFactsRequest();
        huge.Facts.Add(server.SetFact(plan, plan.Supersets[0].First, 1));
        huge.Facts[0].SetLogged.ExerciseId = new string('x', ServerSetup.MaxMessageBytes);

        var error = await Assert.ThrowsAsync<RpcException>(async () => await server.SyncApi.PushFactsAsync(huge, headers, cancellationToken: TestContext.Current.CancellationToken));
        var pulled = await server.SyncApi.PullFactsAsync(new PullFactsRequest { SessionId = plan.SessionId }, headers, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Empty(pulled.Facts);
    }

    [Theory]
    [InlineData(new byte[] { 0x0A, 0xFF })]
    [InlineData(new byte[] { 0x00 })]
    public async Task ABodyThatIsNotTheMessage_IsInvalidArgumentNamingTheRequest_NotUnknown(byte[] body)
    {
        var raw = Marshallers.Create<byte[]>(b => b, b => b);
        var checkIn = new Method<byte[], byte[]>(MethodType.Unary, KioskService.Descriptor.FullName, "CheckIn", raw, raw);

        var error = await Assert.ThrowsAsync<RpcException>(async () => await server.Channel.CreateCallInvoker()
            .AsyncUnaryCall(checkIn, null, new CallOptions(ServerFixture.Kiosk(server.KioskKey1)), body));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("request: not a valid CheckInRequest message", error.Status.Detail);
        Assert.Equal("request", error.Trailers.GetValue(Grpc.FailureInterceptor.FieldTrailer));
    }

    [Fact]
    public async Task ABurstOfChanges_WakesAPageOnce()
    {
        var feed = new ChangeFeed();
        using var page = feed.Subscribe();
        for (var i = 0; i < 200; i++)
        {
            feed.Publish(new Change(null, i));
        }

        await page.WaitForBurstAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        var wokenAgain = await page.WaitAsync(_ => true, TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken);

        Assert.False(wokenAgain);
    }
}
