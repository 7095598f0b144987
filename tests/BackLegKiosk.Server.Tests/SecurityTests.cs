using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Data;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Server.Tests;

public class SecurityTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly Marshaller<byte[]> Raw = Marshallers.Create(bytes => bytes, bytes => bytes);

    /// <summary>Every method of every service except sign-in (anonymous by design), health and reflection.</summary>
    public static TheoryData<string, string> ProtectedMethods()
    {
        var data = new TheoryData<string, string>();
        Google.Protobuf.Reflection.ServiceDescriptor[] services = [KioskService.Descriptor, SyncService.Descriptor, MemberService.Descriptor, StaffService.Descriptor];
        foreach (var service in services)
        {
            foreach (var method in service.Methods)
            {
                data.Add(service.FullName, method.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProtectedMethods))]
    public async Task EveryRpc_WithoutCredentials_Unauthenticated(string service, string method)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => CallAsync(service, method, new Metadata()));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ProtectedMethods))]
    public async Task EveryRpc_WithAForgedDeviceKey_Unauthenticated(string service, string method)
    {
        var forged = $"{Guid.NewGuid():N}.{new string('a', 43)}";

        var error = await Assert.ThrowsAsync<RpcException>(() => CallAsync(service, method, ServerFixture.Kiosk(forged)));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Theory]
    [InlineData(nameof(StaffService.StaffServiceClient.GetMemberHistory))]
    [InlineData(nameof(StaffService.StaffServiceClient.ListFlaggedMembers))]
    [InlineData(nameof(StaffService.StaffServiceClient.ExportMember))]
    [InlineData(nameof(StaffService.StaffServiceClient.ProvisionKiosk))]
    public async Task StaffRpc_WithAKioskKey_IsRefused(string method)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => CallAsync(StaffService.Descriptor.FullName, method, ServerFixture.Kiosk(server.KioskKey1)));

        Assert.Contains(error.StatusCode, new[] { StatusCode.Unauthenticated, StatusCode.PermissionDenied });
    }

    [Fact]
    public async Task Kiosk_CannotReadAnotherMembersSession()
    {
        var alice = await server.EnrollAsync(name: "Alice");
        var bob = await server.EnrollAsync(name: "Bob");
        var (_, alicePlan) = await server.CheckInAndPlanAsync(alice);
        var bobCheckIn = await server.CheckInAsync(bob);
        var asBob = ServerFixture.Kiosk(server.KioskKey1, bobCheckIn.CheckinToken);

        var pull = await Assert.ThrowsAsync<RpcException>(() => server.SyncApi.PullFactsAsync(new PullFactsRequest { SessionId = alicePlan.SessionId }, asBob).ResponseAsync);
        var push = (await server.SyncApi.PushFactsAsync(new PushFactsRequest { Facts = { server.SetFact(alicePlan, alicePlan.Supersets[0].First, 1) } }, asBob)).Results[0];

        Assert.Equal(StatusCode.NotFound, pull.StatusCode);
        Assert.Equal(FactOutcome.Rejected, push.Outcome);
        Assert.Equal("facts[0].session_id", push.Field);
    }

    [Fact]
    public async Task CheckInToken_OnlyWorksOnTheKioskThatIssuedIt()
    {
        var member = await server.EnrollAsync();
        var checkIn = await server.CheckInAsync(member, server.KioskKey1);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.KioskApi.PlanSessionAsync(new PlanSessionRequest(), ServerFixture.Kiosk(server.KioskKey2, checkIn.CheckinToken)).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task CheckOut_EndsTheToken()
    {
        var member = await server.EnrollAsync();
        var checkIn = await server.CheckInAsync(member);
        var headers = ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken);

        await server.KioskApi.CheckOutAsync(new CheckOutRequest(), headers);
        var error = await Assert.ThrowsAsync<RpcException>(() => server.KioskApi.PlanSessionAsync(new PlanSessionRequest(), headers).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongPassword_Unauthenticated()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            new AuthService.AuthServiceClient(server.Channel).SignInAsync(new SignInRequest { Username = ServerFixture.StaffUser, Password = "wrong password" }).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task SignIn_FiftyWrongPasswordsInParallel_LockTheAccount()
    {
        const string password = "the parallel password";
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Domain.StaffDirectory>().AddStaffAsync("swarm-coach", password, CancellationToken.None);
        }

        var auth = new AuthService.AuthServiceClient(server.Channel);
        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
            (await Assert.ThrowsAsync<RpcException>(() => auth.SignInAsync(new SignInRequest { Username = "swarm-coach", Password = $"guess number {i}" }).ResponseAsync)).StatusCode));
        var right = await Assert.ThrowsAsync<RpcException>(() => auth.SignInAsync(new SignInRequest { Username = "swarm-coach", Password = password }).ResponseAsync);

        Assert.All(answers, a => Assert.Equal(StatusCode.Unauthenticated, a));
        Assert.Equal((StatusCode.Unauthenticated, "Username or password is wrong."), (right.StatusCode, right.Status.Detail));
    }

    [Fact]
    public async Task SignInForm_FiftyWrongPasswordsInParallel_LockTheAccount_EvenAgainstTheRightOne()
    {
        const string password = "the form's password";
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Domain.StaffDirectory>().AddStaffAsync("form-coach", password, CancellationToken.None);
        }

        using var browser = server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await browser.GetStringAsync(new Uri("/signin", UriKind.Relative), TestContext.Current.CancellationToken);
        var token = System.Text.RegularExpressions.Regex.Match(page, "__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        FormUrlEncodedContent Form(string secret) => new(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = token,
            ["Input.Username"] = "form-coach",
            ["Input.Password"] = secret,
        });

        var wrong = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => browser.PostAsync(new Uri("/signin", UriKind.Relative), Form($"form guess {i}"), TestContext.Current.CancellationToken)));
        using var right = await browser.PostAsync(new Uri("/signin", UriKind.Relative), Form(password), TestContext.Current.CancellationToken);
        await using var check = server.Services.CreateAsyncScope();
        var account = await check.ServiceProvider.GetRequiredService<BackLegDbContext>().StaffAccounts.AsNoTracking().SingleAsync(a => a.Username == "form-coach", TestContext.Current.CancellationToken);

        Assert.NotEmpty(token);
        Assert.All(wrong, w => Assert.False(w.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("backleg.staff=", StringComparison.Ordinal))));
        Assert.False(right.Headers.TryGetValues("Set-Cookie", out var set) && set.Any(c => c.StartsWith("backleg.staff=", StringComparison.Ordinal)));
        Assert.Contains("Username or password is wrong.", await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.True(account.LockedUntil > server.Clock.GetUtcNow());
        foreach (var response in wrong)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LockTheAccountForFifteenMinutes_EvenAgainstTheRightOne()
    {
        const string password = "the right password";
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Domain.StaffDirectory>().AddStaffAsync("night-coach", password, CancellationToken.None);
        }

        var auth = new AuthService.AuthServiceClient(server.Channel);
        Task<SignInResponse> SignIn(string secret) => auth.SignInAsync(new SignInRequest { Username = "night-coach", Password = secret }).ResponseAsync;
        var wrong = new List<StatusCode>();
        for (var guess = 1; guess <= 5; guess++)
        {
            wrong.Add((await Assert.ThrowsAsync<RpcException>(() => SignIn($"guess {guess}"))).StatusCode);
        }

        var lockedOut = await Assert.ThrowsAsync<RpcException>(() => SignIn(password));
        server.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        var after = await SignIn(password);

        Assert.Equal(Enumerable.Repeat(StatusCode.Unauthenticated, 5), wrong);
        Assert.Equal((StatusCode.Unauthenticated, "Username or password is wrong."), (lockedOut.StatusCode, lockedOut.Status.Detail));
        Assert.NotEmpty(after.AccessToken);
    }

    [Fact]
    public async Task Secrets_AreStoredHashed()
    {
        var member = await server.EnrollAsync();
        var checkIn = await server.CheckInAsync(member);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackLegDbContext>();
        var id = Guid.Parse(member.MemberId);

        var stored = await db.Members.SingleAsync(m => m.Id == id);
        var tokens = await db.CheckIns.Where(c => c.MemberId == id).Select(c => c.TokenHash).ToListAsync();
        var keys = await db.Kiosks.Select(k => k.KeyHash).ToListAsync();

        Assert.StartsWith("AQAAAA", stored.PinHash, StringComparison.Ordinal);
        Assert.DoesNotContain("2468", stored.PinHash, StringComparison.Ordinal);
        Assert.DoesNotContain(checkIn.CheckinToken, tokens);
        Assert.DoesNotContain(server.KioskKey1.Split('.')[1], keys);
    }

    private async Task CallAsync(string service, string method, Metadata headers)
    {
        var descriptor = new[] { KioskService.Descriptor, SyncService.Descriptor, MemberService.Descriptor, StaffService.Descriptor }
            .Single(s => s.FullName == service).FindMethodByName(method);
        var invoker = server.Channel.CreateCallInvoker();
        var options = new CallOptions(headers);
        if (descriptor.IsServerStreaming)
        {
            var streaming = new Method<byte[], byte[]>(MethodType.ServerStreaming, service, method, Raw, Raw);
            using var call = invoker.AsyncServerStreamingCall(streaming, null, options, []);
            await call.ResponseStream.MoveNext(CancellationToken.None);
        }
        else
        {
            var unary = new Method<byte[], byte[]>(MethodType.Unary, service, method, Raw, Raw);
            await invoker.AsyncUnaryCall(unary, null, options, []);
        }
    }
}
