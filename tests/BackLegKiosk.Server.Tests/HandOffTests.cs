using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Dashboard.Phone;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Domain.HandOffs;
using BackLegKiosk.Server.Domain.Staff;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Server.Tests;

/// <summary>"Continue on my phone": the link is the only credential, so each of its limits is tried by breaking it.</summary>
public class HandOffTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task APhoneOpensTheLink_TakesTheSession_AndTheKiosksCheckInEnds()
    {
        var (kiosk, plan, link) = await LinkAsync();
        Assert.StartsWith($"{ServerFixture.PhoneAddress}/phone/", link.Url, StringComparison.Ordinal);

        var phone = await RedeemAsync(Secret(link));

        Assert.Equal(Guid.Parse(plan.SessionId), phone.SessionId);
        Assert.Equal(HandOffState.Taken, (await server.KioskApi.HandOffStatusAsync(new HandOffStatusRequest { HandoffId = link.HandoffId }, kiosk)).State);
        var planAgain = await Assert.ThrowsAsync<RpcException>(() => server.KioskApi.PlanSessionAsync(new PlanSessionRequest(), kiosk).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, planAgain.StatusCode);
    }

    [Fact]
    public async Task FiftyPhonesOpenOneLinkAtOnce_ExactlyOneGetsIt()
    {
        var (_, _, link) = await LinkAsync();

        var tries = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            try
            {
                return await RedeemAsync(Secret(link));
            }
            catch (NotAuthenticatedException)
            {
                return null;
            }
        }));

        Assert.Single(tries, t => t is not null);
    }

    [Fact]
    public async Task ALinkOpenedAfterFiveMinutes_IsRefused_AndTheKioskIsToldItExpired()
    {
        var (kiosk, _, link) = await LinkAsync();
        server.Clock.Advance(HandOffDesk.Lifetime + TimeSpan.FromSeconds(1));

        var refused = await Assert.ThrowsAsync<NotAuthenticatedException>(() => RedeemAsync(Secret(link)));

        Assert.Contains("expired", refused.Message, StringComparison.Ordinal);
        Assert.Equal(HandOffState.Expired, (await server.KioskApi.HandOffStatusAsync(new HandOffStatusRequest { HandoffId = link.HandoffId }, kiosk)).State);
    }

    [Fact]
    public async Task ALinkIsOnlyForTheMembersOpenSession_AndAMadeUpOneOpensNothing()
    {
        var member = await server.EnrollAsync();
        var checkIn = await server.CheckInAsync(member);
        var kiosk = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);

        var noSession = await Assert.ThrowsAsync<RpcException>(() => server.KioskApi.HandOffAsync(new HandOffRequest { SessionId = Guid.NewGuid().ToString() }, kiosk).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, noSession.StatusCode);
        Assert.Contains("session_id", noSession.Status.Detail, StringComparison.Ordinal);
        await Assert.ThrowsAsync<NotAuthenticatedException>(() => RedeemAsync("not-a-link"));
    }

    [Fact]
    public async Task SetsFromThePhone_CountOnTheDashboard_UntilAKioskCheckInTakesTheSessionBack()
    {
        var (_, plan, link) = await LinkAsync();
        var phone = await RedeemAsync(Secret(link));
        var facts = new PhoneFacts(server.Services.GetRequiredService<IServiceScopeFactory>(), phone.MemberId);

        await facts.AddAsync(server.SetFact(plan, plan.Supersets[0].First, 1), phone.CheckInToken);

        await using (var scope = server.Services.CreateAsyncScope())
        {
            var active = await scope.ServiceProvider.GetRequiredService<StaffQueries>().ActiveSessionsAsync(CancellationToken.None);
            var session = active.Sessions.Single(s => s.SessionId == phone.SessionId);
            Assert.Equal(1, session.SetsLogged);
        }

        await server.KioskApi.CheckInAsync(new CheckInRequest { MemberCode = await CodeOfAsync(phone.MemberId), Pin = "2468", SleepHours = 8 }, ServerFixture.Kiosk(server.KioskKey2));
        await Assert.ThrowsAsync<NotAuthenticatedException>(() => facts.AddAsync(server.SetFact(plan, plan.Supersets[0].Second, 1), phone.CheckInToken));
    }

    private async Task<(Metadata Kiosk, SessionPlan Plan, HandOffResponse Link)> LinkAsync()
    {
        var member = await server.EnrollAsync();
        var (checkIn, plan) = await server.CheckInAndPlanAsync(member);
        var kiosk = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);
        var link = await server.KioskApi.HandOffAsync(new HandOffRequest { SessionId = plan.SessionId }, kiosk);
        return (kiosk, plan, link);
    }

    private static string Secret(HandOffResponse link) => link.Url[(link.Url.LastIndexOf('/') + 1)..];

    private async Task<PhoneSession> RedeemAsync(string secret)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HandOffDesk>().RedeemAsync(secret, CancellationToken.None);
    }

    private async Task<string> CodeOfAsync(Guid memberId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<MemberDirectory>().FindAsync(memberId, CancellationToken.None)).Code;
    }
}
