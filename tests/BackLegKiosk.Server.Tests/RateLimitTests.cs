using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Data;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Server.Tests;

/// <summary>
/// Guesses sent faster than people type: each server here runs at small limits, on the shared fixture's
/// store, and is flooded in parallel. The excess never reaches a PIN or a password. The counters live in
/// that store too, so each test first moves the clock past the last test's window.
/// </summary>
public sealed class RateLimitTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task FiftyWrongPinsInParallel_FromOneKiosk_TheLimitPassesTheRestWaitWithRetryAfter_AndTheMemberLocksAtFive()
    {
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        var member = await server.EnrollAsync();
        await using var limited = Limited(checkIns: 10);
        using var channel = Channel(limited);
        var kiosk = new KioskService.KioskServiceClient(channel);

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Assert.ThrowsAsync<RpcException>(() =>
            kiosk.CheckInAsync(new CheckInRequest { MemberCode = member.Code, Pin = $"{1000 + i}", SleepHours = 8 }, ServerFixture.Kiosk(server.KioskKey1)).ResponseAsync)));
        var rightPinElsewhere = await Assert.ThrowsAsync<RpcException>(() =>
            kiosk.CheckInAsync(new CheckInRequest { MemberCode = member.Code, Pin = "2468", SleepHours = 8 }, ServerFixture.Kiosk(server.KioskKey2)).ResponseAsync);

        var waited = answers.Where(a => a.StatusCode == StatusCode.ResourceExhausted).ToList();
        Assert.Equal(10, answers.Count(a => a.StatusCode == StatusCode.Unauthenticated));
        Assert.Equal(40, waited.Count);
        Assert.All(waited, a => Assert.InRange(int.Parse(a.Trailers.GetValue(Contracts.CallTrailers.RetryAfter)!, System.Globalization.CultureInfo.InvariantCulture), 1, 60));
        Assert.Equal(StatusCode.Unauthenticated, rightPinElsewhere.StatusCode);
        await using var scope = server.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<BackLegDbContext>().Members.AsNoTracking().SingleAsync(m => m.Code == member.Code, TestContext.Current.CancellationToken);
        Assert.True(stored.PinLockedUntil > server.Clock.GetUtcNow());
    }

    [Fact]
    public async Task SignInsBeyondTheLimit_WaitWithRetryAfter_OverGrpcAndOnTheDashboardForm()
    {
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        await using var limited = Limited(signIns: 3);
        using var channel = Channel(limited);
        var auth = new AuthService.AuthServiceClient(channel);
        using var browser = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var wrong = new List<StatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            wrong.Add((await Assert.ThrowsAsync<RpcException>(() => auth.SignInAsync(new SignInRequest { Username = ServerFixture.StaffUser, Password = $"guess {attempt}" }).ResponseAsync)).StatusCode);
        }

        var overGrpc = await Assert.ThrowsAsync<RpcException>(() => auth.SignInAsync(new SignInRequest { Username = ServerFixture.StaffUser, Password = ServerFixture.StaffPassword }).ResponseAsync);
        using var page = await browser.GetAsync(new Uri("/signin", UriKind.Relative), TestContext.Current.CancellationToken);
        using var form = await browser.PostAsync(
            new Uri("/signin", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Username"] = ServerFixture.StaffUser, ["Input.Password"] = ServerFixture.StaffPassword }),
            TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Repeat(StatusCode.Unauthenticated, 3), wrong);
        Assert.Equal(StatusCode.ResourceExhausted, overGrpc.StatusCode);
        Assert.NotNull(overGrpc.Trailers.GetValue(Contracts.CallTrailers.RetryAfter));
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Equal((System.Net.HttpStatusCode)429, form.StatusCode);
        Assert.InRange(form.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
    }

    [Fact]
    public async Task CheckInsThroughTwoReplicas_ShareOneLimit()
    {
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        var member = await server.EnrollAsync();
        await using var replica1 = Limited(checkIns: 6);
        await using var replica2 = Limited(checkIns: 6);
        using var channel1 = Channel(replica1);
        using var channel2 = Channel(replica2);
        var replicas = new[] { new KioskService.KioskServiceClient(channel1), new KioskService.KioskServiceClient(channel2) };

        var answers = new List<StatusCode>();
        for (var attempt = 0; attempt < 12; attempt++)
        {
            try
            {
                await replicas[attempt % 2].CheckInAsync(new CheckInRequest { MemberCode = member.Code, Pin = "2468", SleepHours = 8 }, ServerFixture.Kiosk(server.KioskKey2));
                answers.Add(StatusCode.OK);
            }
            catch (RpcException refused)
            {
                answers.Add(refused.StatusCode);
            }
        }

        // Each replica alone would have let all 12 through (6 each); together they count one window.
        Assert.Equal([.. Enumerable.Repeat(StatusCode.OK, 6), .. Enumerable.Repeat(StatusCode.ResourceExhausted, 6)], answers);
    }

    [Fact]
    public async Task WindowsLongOver_AreForgotten_SoMadeUpKeysCannotGrowTheTable()
    {
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        await using var limited = Limited(checkIns: 5);
        using var channel = Channel(limited);
        var kiosk = new KioskService.KioskServiceClient(channel);
        async Task GuessAsync(string keyId) => await Assert.ThrowsAsync<RpcException>(() =>
            kiosk.CheckInAsync(new CheckInRequest { MemberCode = "0000", Pin = "0000", SleepHours = 8 }, ServerFixture.Kiosk($"{keyId}.made-up-secret")).ResponseAsync);

        await GuessAsync("forged-1");
        await GuessAsync("forged-2");
        server.Clock.Advance(TimeSpan.FromMinutes(Security.StoreWindowLimiter.StaleWindows + 1));
        await GuessAsync("forged-3");

        await using var scope = server.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<BackLegDbContext>().RateWindows.Select(w => w.Key).ToListAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(keys, k => k.EndsWith("forged-1", StringComparison.Ordinal) || k.EndsWith("forged-2", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.EndsWith("forged-3", StringComparison.Ordinal));
    }

    private static GrpcChannel Channel(WebApplicationFactory<Program> factory) =>
        GrpcChannel.ForAddress(factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = factory.Server.CreateHandler() });

    private WebApplicationFactory<Program> Limited(int checkIns = 100_000, int signIns = 100_000) =>
        server.WithWebHostBuilder(b => b
            .UseSetting("BackLeg:CheckInsPerMinute", checkIns.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("BackLeg:SignInsPerMinute", signIns.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
