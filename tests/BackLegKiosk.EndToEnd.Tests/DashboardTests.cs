using System.Net;
using System.Text.Json;
using BackLegKiosk.AppHost;
using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Security;
using BackLegKiosk.Tests.Samples;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BackLegKiosk.EndToEnd.Tests;

/// <summary>Staff at the dashboard, in a real Chromium against the real server, with a kiosk doing what members do.</summary>
public sealed class DashboardTests(KioskSystemFixture system) : IClassFixture<KioskSystemFixture>
{
    [Fact]
    public async Task Anonymous_LandsOnSignIn_AndAWrongPasswordIsSaidPlainly()
    {
        var page = await StaffDriver.NewPageAsync(system);

        await page.GotoAsync(system.System.DashboardUrl + "/members");

        Assert.EndsWith("/signin?ReturnUrl=%2Fmembers", page.Url, StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "BackLegKiosk staff" })).ToBeVisibleAsync();
        await Screens.ShootAsync(page, "20-dashboard-sign-in");

        await page.GetByLabel("Username").FillAsync(DemoSystem.StaffUser);
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Username or password is wrong. Several wrong passwords in a row lock the account for a while.");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Today_ActiveSessionCountChangesLiveWhenAKioskLogsASet()
    {
        var dashboard = await StaffDriver.SignInAsync(system, DemoSystem.StaffUser, DemoSystem.StaffPassword);
        await Expect(dashboard.GetByRole(AriaRole.Heading, new() { Name = "Today", Exact = true })).ToBeVisibleAsync();
        var before = int.Parse(await dashboard.GetByTestId("active-count").InnerTextAsync(), System.Globalization.CultureInfo.CurrentCulture);
        var setsBefore = int.Parse(await dashboard.GetByTestId("sets-today").InnerTextAsync(), System.Globalization.CultureInfo.CurrentCulture);

        var member = system.System.Members.Single(m => m.Key == "advanced-legs");
        var kiosk = await KioskDriver.OpenAsync(system.Browser, system.System.KioskUrls[0]);
        await KioskDriver.CheckInAsync(kiosk, member.Code, member.Pin, null);
        await KioskDriver.StartPastTheWarmUpsAsync(kiosk);

        await kiosk.GetByRole(AriaRole.Button, new() { Name = "Log set" }).ClickAsync();
        await Expect(kiosk.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved: A1 set 1" })).ToBeVisibleAsync();

        // No reload: the page follows the server's change feed.
        await Expect(dashboard.GetByTestId("active-count")).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.CurrentCulture));
        await Expect(dashboard.GetByTestId("sets-today")).ToHaveTextAsync((setsBefore + 1).ToString(System.Globalization.CultureInfo.CurrentCulture));
        var row = dashboard.GetByTestId("active-sessions").GetByRole(AriaRole.Row).Filter(new() { HasText = member.Name });
        await Expect(row).ToContainTextAsync("Kiosk 1");
        await Expect(row).ToContainTextAsync("1 / 23");
        await Expect(dashboard.GetByTestId("kiosks").GetByRole(AriaRole.Row).Filter(new() { HasText = "Kiosk 1" })).ToContainTextAsync("Online");

        // Superset A is a back squat and a weighted pull-up: the member holds a rack and a bar.
        await Expect(dashboard.GetByTestId("stations").GetByRole(AriaRole.Row).Filter(new() { HasText = "Squat racks" })).ToContainTextAsync(member.Name);
        await Expect(dashboard.GetByTestId("stations").GetByRole(AriaRole.Row).Filter(new() { HasText = "Pull-up bars" })).ToContainTextAsync(member.Name);
        await Screens.ShootAsync(dashboard, "21-dashboard-today");

        await KioskDriver.SignOutAsync(kiosk);
        await dashboard.CloseAsync();
    }

    [Fact]
    public async Task RefusedCheckIn_AppearsUnderFlags()
    {
        var member = system.System.Members.Single(m => m.Key == "trained-yesterday");
        var kiosk = await KioskDriver.OpenAsync(system.Browser, system.System.KioskUrls[1]);
        await KioskDriver.CheckInAsync(kiosk, member.Code, member.Pin, null);
        await Expect(kiosk.GetByRole(AriaRole.Heading, new() { Name = "Not today" })).ToBeVisibleAsync();
        await KioskDriver.SignOutAsync(kiosk);

        var dashboard = await StaffDriver.SignInAsync(system, DemoSystem.StaffUser, DemoSystem.StaffPassword);
        await dashboard.GetByRole(AriaRole.Link, new() { Name = "Flags" }).ClickAsync();

        var row = dashboard.GetByTestId("flagged-members").GetByRole(AriaRole.Row).Filter(new() { HasText = $"{member.Name} ({member.Code})" });
        await Expect(row).ToBeVisibleAsync();
        Assert.True(int.Parse(await row.Locator("td").Nth(1).InnerTextAsync(), System.Globalization.CultureInfo.CurrentCulture) >= 1, "the refused check-in counts as too soon");
        await Screens.ShootAsync(dashboard, "22-dashboard-flags");
        await dashboard.CloseAsync();
    }

    [Fact]
    public async Task MemberPage_ShowsChartsAndExportsTheMembersData()
    {
        var member = system.System.Members.Single(m => m.Key == "advanced-back");
        var dashboard = await StaffDriver.SignInAsync(system, DemoSystem.StaffUser, DemoSystem.StaffPassword);
        await StaffDriver.OpenMemberAsync(dashboard, member.Code, member.Name);
        await Expect(dashboard.GetByTestId("weekly-chart").Locator("svg").First).ToBeVisibleAsync();
        await Expect(dashboard.GetByTestId("weekly-chart")).ToContainTextAsync("Back split day");
        await Expect(dashboard.GetByTestId("e1rm-chart").Locator("svg").First).ToBeVisibleAsync();
        await Expect(dashboard.GetByTestId("e1rm-chart")).ToContainTextAsync("e1RM (kg)");
        Assert.True(await dashboard.GetByTestId("prs").Locator("tbody tr").CountAsync() > 0, "the demo history has PRs");
        Assert.True(await dashboard.GetByTestId("sessions").Locator("tbody tr").CountAsync() > 0, "the demo history has sessions");
        await Screens.ShootAsync(dashboard, "23-dashboard-member");

        var download = await dashboard.RunAndWaitForDownloadAsync(() => dashboard.GetByTestId("export").ClickAsync());
        var file = Path.Combine(KioskSystemFixture.ScreenshotFolder, "member-export.json");
        await download.SaveAsAsync(file);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        Assert.Contains(member.Code, json.RootElement.GetRawText(), StringComparison.Ordinal);
        await dashboard.CloseAsync();
    }

    [Fact]
    public async Task ACoachOverride_LetsARefusedMemberTrainToday_AndTheAuditIsOnTheMemberPageAndInTheExport()
    {
        var member = await system.EnrollAsync("7201", "Jordan Keen", "7201", "trained-yesterday", withHistory: true);
        var kiosk = await KioskDriver.OpenAsync(system.Browser, system.System.KioskUrls[1]);
        await KioskDriver.CheckInAsync(kiosk, member.Code, member.Pin, null);
        await Expect(kiosk.GetByRole(AriaRole.Heading, new() { Name = "Not today" })).ToBeVisibleAsync();
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();

        var dashboard = await StaffDriver.SignInAsync(system, DemoSystem.StaffUser, DemoSystem.StaffPassword);
        await StaffDriver.OpenMemberAsync(dashboard, member.Code, member.Name);

        // The charts above the panel size themselves after they render and move it down the page; a click
        // sent while it moves can land beside the button (seen once on a loaded CI run), so act once they are drawn.
        await Expect(dashboard.GetByTestId("e1rm-chart").Locator("svg").First).ToBeVisibleAsync();
        await Expect(dashboard.GetByTestId("weekly-chart").Locator("svg").First).ToBeVisibleAsync();
        var panel = dashboard.GetByTestId("overrides");
        await panel.GetByTestId("override-grant").ClickAsync();
        await Expect(panel).ToContainTextAsync("The reason must say why");
        await panel.GetByLabel("Reason (required)").FillAsync("Deload week: light technique day");
        await panel.GetByTestId("override-grant").ClickAsync();
        await Expect(panel.GetByTestId("override-audit")).ToContainTextAsync("Deload week: light technique day");
        await Expect(panel.GetByTestId("override-audit")).ToContainTextAsync(DemoSystem.StaffUser);
        await StaffDriver.ConfirmedAsync(dashboard, "Jordan Keen may train today");
        await Screens.ShootAsync(dashboard, "30-dashboard-override");

        await KioskDriver.CheckInAsync(kiosk, member.Code, member.Pin, null);
        await Expect(kiosk.GetByText("Coach override by coach: Deload week: light technique day")).ToBeVisibleAsync();
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "Start today's session" }).ClickAsync();
        await Expect(kiosk.GetByTestId("current-exercise")).ToBeVisibleAsync();

        var download = await dashboard.RunAndWaitForDownloadAsync(() => dashboard.GetByTestId("export").ClickAsync());
        var file = Path.Combine(KioskSystemFixture.ScreenshotFolder, "member-export-override.json");
        await download.SaveAsAsync(file);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        var granted = json.RootElement.GetProperty("coachOverrides")[0];
        Assert.Equal(("R9", DemoSystem.StaffUser, "Deload week: light technique day"), (granted.GetProperty("rule").GetString(), granted.GetProperty("by").GetString(), granted.GetProperty("reason").GetString()));
        await KioskDriver.SignOutAsync(kiosk);
        await dashboard.CloseAsync();
    }

    [Fact]
    public async Task Erase_AsksFirstThenRemovesTheMember()
    {
        var member = system.System.Members.Single(m => m.Key == "beginner");
        var dashboard = await StaffDriver.SignInAsync(system, DemoSystem.StaffUser, DemoSystem.StaffPassword);
        var memberId = await MemberIdAsync(member.Code);
        await StaffDriver.GoToAsync(system, dashboard, $"/members/{memberId}", member.Name);

        await dashboard.GetByTestId("erase").ClickAsync();
        var dialog = dashboard.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("cannot be undone");
        await Screens.ShootAsync(dashboard, "24-dashboard-erase-confirm");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep the member" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        Assert.NotNull(await MemberIdAsync(member.Code));

        await dashboard.GetByTestId("erase").ClickAsync();
        await dashboard.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Erase for good" }).ClickAsync();

        await Expect(dashboard.GetByRole(AriaRole.Heading, new() { Name = "Members" })).ToBeVisibleAsync();
        await Expect(dashboard.GetByText("Member erased")).ToBeVisibleAsync();
        Assert.Null(await MemberIdAsync(member.Code));
        await StaffDriver.GoToAsync(system, dashboard, $"/members/{memberId}", "No such member");
        await dashboard.CloseAsync();
    }

    [Fact]
    public async Task Usage_ShowsItsChartsInBothThemes_AndFollowsTheChosenRange()
    {
        var dashboard = await StaffDriver.SignInAsync(system, DemoSystem.StaffUser, DemoSystem.StaffPassword);
        await dashboard.GetByRole(AriaRole.Link, new() { Name = "Usage" }).ClickAsync();

        await Expect(dashboard.GetByRole(AriaRole.Heading, new() { Name = "Busiest hours (check-ins by weekday and hour)" })).ToBeVisibleAsync();
        var fourWeeks = int.Parse(await dashboard.GetByTestId("usage-sessions").InnerTextAsync(), System.Globalization.CultureInfo.CurrentCulture);
        Assert.True(fourWeeks > 0, "the demo history has sessions in the last four weeks");
        await Screens.ShootAsync(dashboard, "25-dashboard-usage");

        await dashboard.GetByRole(AriaRole.Button, new() { Name = "Switch to the dark theme" }).ClickAsync();
        await Expect(dashboard.GetByRole(AriaRole.Button, new() { Name = "Switch to the light theme" })).ToBeVisibleAsync();
        await Screens.ShootAsync(dashboard, "26-dashboard-usage-dark");

        // Today alone: start and end on today's date in the picker.
        await dashboard.Locator(".mud-picker input").First.ClickAsync();
        string today;
        await using (var scope = system.System.Services.CreateAsyncScope())
        {
            var data = scope.ServiceProvider.GetRequiredService<Server.Dashboard.DashboardData>();
            today = data.Local(data.Now).Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // The picker shows last month and this one; today is in the second.
        var day = dashboard.Locator(".mud-picker-calendar-day:not(.mud-hidden):not(.mud-disabled)").GetByText(today, new() { Exact = true }).Last;
        await day.ClickAsync();
        await day.ClickAsync();
        var sessionsToday = await SessionsSinceMidnightAsync();
        await Expect(dashboard.GetByTestId("usage-sessions")).ToHaveTextAsync(sessionsToday.ToString(System.Globalization.CultureInfo.CurrentCulture));
        Assert.True(sessionsToday < fourWeeks, "the demo's four weeks hold more sessions than today alone");
        await dashboard.CloseAsync();
    }

    [Fact]
    public async Task SignOut_EndsTheSession_ButAPostWithoutTheFormsTokenDoesNot()
    {
        var page = await StaffDriver.SignInAsync(system, DemoSystem.StaffUser, DemoSystem.StaffPassword);

        // What a foreign page's form would send: the staff cookie rides along, the antiforgery token does not.
        var forged = await page.Context.APIRequest.PostAsync(system.System.DashboardUrl + "/signout", new() { MaxRedirects = 0 });
        Assert.Equal((int)HttpStatusCode.BadRequest, forged.Status);
        await page.GotoAsync(system.System.DashboardUrl + "/flags");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Flags", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal));
        await page.GotoAsync(system.System.DashboardUrl + "/flags");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await page.CloseAsync();
    }

    [Fact]
    public async Task SignedInAccountWithoutTheStaffRole_IsRefused()
    {
        await using (var scope = system.System.Services.CreateAsyncScope())
        {
            var staff = scope.ServiceProvider.GetRequiredService<StaffDirectory>();
            await staff.AddStaffAsync("former-coach", "a long enough password", CancellationToken.None);
            await staff.SetRoleAsync("former-coach", Policies.RevokedRole, CancellationToken.None);
        }

        var page = await StaffDriver.SignInAsync(system, "former-coach", "a long enough password");

        Assert.Equal("/denied", new Uri(page.Url).AbsolutePath);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("does not hold the staff role");
        await page.GotoAsync(system.System.DashboardUrl + "/flags");
        Assert.Equal("/denied", new Uri(page.Url).AbsolutePath);
        await Screens.ShootAsync(page, "27-dashboard-denied");
        await page.CloseAsync();
    }

    [Fact]
    public async Task AnOpenDashboard_WhoseAccountIsRevokedMeanwhile_LeavesTheMembersData()
    {
        await using (var scope = system.System.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StaffDirectory>().AddStaffAsync("night-manager", "a long enough password", CancellationToken.None);
        }

        var page = await StaffDriver.SignInAsync(system, "night-manager", "a long enough password");
        await StaffDriver.GoToAsync(system, page, "/members", "Members");
        await using (var scope = system.System.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StaffDirectory>().SetRoleAsync("night-manager", Policies.RevokedRole, CancellationToken.None);
        }

        // The circuit re-checks the account (every 2 s in this system, 30 s by default) and sends the page away.
        await page.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal) || url.Contains("/denied", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Members" })).ToHaveCountAsync(0);
        await page.CloseAsync();
    }

    [Fact]
    public async Task KioskList_NewKey_IsShownOnce_AndTheOldKeyIsRefusedFromItsNextCall()
    {
        string oldKey;
        await using (var scope = system.System.Services.CreateAsyncScope())
        {
            oldKey = (await scope.ServiceProvider.GetRequiredService<KioskRegistry>().ProvisionAsync("Leaked kiosk", CancellationToken.None)).Key.ToString();
        }

        using var channel = GrpcChannel.ForAddress(system.System.ServerUrl);
        var kiosk = new KioskService.KioskServiceClient(channel);
        await kiosk.HeartbeatAsync(new HeartbeatRequest(), new Metadata { { "x-device-key", oldKey } });
        var dashboard = await StaffDriver.SignInAsync(system, DemoSystem.StaffUser, DemoSystem.StaffPassword);
        await StaffDriver.GoToAsync(system, dashboard, "/", "Today");

        await dashboard.GetByRole(AriaRole.Button, new() { Name = "New key for Leaked kiosk" }).ClickAsync();
        await dashboard.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "New key" }).ClickAsync();
        var shown = dashboard.GetByTestId("new-key");
        await Expect(shown).ToContainTextAsync("Leaked kiosk");
        var newKey = System.Text.RegularExpressions.Regex.Match(await shown.InnerTextAsync(), @"[0-9a-f]{32}\.[A-Za-z0-9_-]{43}").Value;
        await Screens.ShootAsync(dashboard, "29-dashboard-new-kiosk-key");

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await kiosk.HeartbeatAsync(new HeartbeatRequest(), new Metadata { { "x-device-key", oldKey } }));
        await kiosk.HeartbeatAsync(new HeartbeatRequest(), new Metadata { { "x-device-key", newKey } });
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        await dashboard.CloseAsync();
    }

    [Fact]
    public async Task KioskDeviceKey_CannotReachStaffData()
    {
        string deviceKey;
        await using (var scope = system.System.Services.CreateAsyncScope())
        {
            deviceKey = (await scope.ServiceProvider.GetRequiredService<KioskRegistry>().ProvisionAsync("Probe kiosk", CancellationToken.None)).Key.ToString();
        }

        using var channel = GrpcChannel.ForAddress(system.System.ServerUrl);
        var staff = new StaffService.StaffServiceClient(channel);
        var grpc = await Assert.ThrowsAsync<RpcException>(async () => await staff.ListKiosksAsync(new ListKiosksRequest(), new Metadata { { "x-device-key", deviceKey } }));
        Assert.Contains(grpc.StatusCode, new[] { StatusCode.Unauthenticated, StatusCode.PermissionDenied });

        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var memberId = await MemberIdAsync(system.System.Members.Single(m => m.Key == "advanced-legs").Code);
        foreach (var path in new[] { "/", "/flags", $"/members/{memberId}", $"/members/{memberId}/export" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, system.System.DashboardUrl + path);
            request.Headers.Add("x-device-key", deviceKey);
            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/signin", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task LockedPin_StaffSetANewOne_AndTheMemberChecksInWithIt()
    {
        var member = system.System.Members.Single(m => m.Key == "advanced-back");
        var kiosk = await KioskDriver.OpenAsync(system.Browser, system.System.KioskUrls[1]);
        await KioskDriver.CheckInAsync(kiosk, member.Code, "9999", null);

        // Each answer is a new alert: the old one is marked, so a guess is never typed while the last is
        // still in flight (its answer clears the PIN pad, and a stale "wrong" would let the loop run ahead).
        var answer = kiosk.Locator("[role=alert]:not([data-seen])");
        for (var guess = 2; guess <= 5; guess++)
        {
            await Expect(answer).ToContainTextAsync("wrong");
            await answer.EvaluateAsync("e => e.dataset.seen = 'yes'");
            await kiosk.GetByLabel("Member code").FillAsync(member.Code);
            foreach (var digit in "9999")
            {
                await kiosk.GetByRole(AriaRole.Group, new() { Name = "PIN keypad" }).GetByRole(AriaRole.Button, new() { Name = digit.ToString(), Exact = true }).ClickAsync();
            }

            await kiosk.GetByRole(AriaRole.Button, new() { Name = "Check in", Exact = true }).ClickAsync();
        }

        await Expect(answer).ToContainTextAsync("staff can set a new one");
        await kiosk.CloseAsync();

        var dashboard = await StaffDriver.SignInAsync(system, DemoSystem.StaffUser, DemoSystem.StaffPassword);
        await StaffDriver.GoToAsync(system, dashboard, $"/members/{await MemberIdAsync(member.Code)}", member.Name);
        await Expect(dashboard.GetByTestId("pin-locked")).ToContainTextAsync("Locked after too many wrong PINs");
        var pin = dashboard.GetByTestId("pin");
        await pin.GetByLabel("New PIN (4-8 digits)").FillAsync("12a");
        await pin.GetByRole(AriaRole.Button, new() { Name = "Set PIN" }).ClickAsync();
        await Expect(pin).ToContainTextAsync("The PIN must be 4-8 digits.");
        await pin.GetByLabel("New PIN (4-8 digits)").FillAsync("8642");
        await pin.GetByRole(AriaRole.Button, new() { Name = "Set PIN" }).ClickAsync();
        await Expect(pin).ToContainTextAsync("Not locked");
        await StaffDriver.ConfirmedAsync(dashboard, "Blake Chen has a new PIN");
        await Screens.ShootAsync(dashboard, "28-dashboard-new-pin");
        await dashboard.CloseAsync();

        kiosk = await KioskDriver.OpenAsync(system.Browser, system.System.KioskUrls[1]);
        await KioskDriver.CheckInAsync(kiosk, member.Code, "8642", null);
        await Expect(kiosk.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await KioskDriver.SignOutAsync(kiosk);
    }

    [Fact]
    public async Task GrpcPort_ServesNoPage_AndTheDashboardPortNoGrpc()
    {
        // What a client on the gym floor could try against the kiosks' port: HTTP/2 without TLS, as gRPC speaks it.
        using var h2c = new HttpClient { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        using var signInOnGrpcPort = await h2c.GetAsync(new Uri(system.System.ServerUrl + "/signin"), TestContext.Current.CancellationToken);
        using var http = new HttpClient();
        using var signIn = await http.GetAsync(new Uri(system.System.DashboardUrl + "/signin"), TestContext.Current.CancellationToken);
        using var grpcRequest = new HttpRequestMessage(HttpMethod.Post, system.System.DashboardUrl + "/grpc.health.v1.Health/Check") { Content = new ByteArrayContent([0, 0, 0, 0, 0]) };
        grpcRequest.Content.Headers.ContentType = new("application/grpc");
        using var grpcOnDashboardPort = await http.SendAsync(grpcRequest, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, signInOnGrpcPort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, grpcOnDashboardPort.StatusCode);
    }

    private async Task<long> SessionsSinceMidnightAsync()
    {
        await using var scope = system.System.Services.CreateAsyncScope();
        var data = scope.ServiceProvider.GetRequiredService<Server.Dashboard.DashboardData>();
        var db = scope.ServiceProvider.GetRequiredService<Server.Data.BackLegDbContext>();
        var midnight = data.StartOfToday();
        return await db.Sessions.LongCountAsync(s => s.PlannedAt >= midnight);
    }

    private async Task<Guid?> MemberIdAsync(string code)
    {
        await using var scope = system.System.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<MemberDirectory>().ListAsync(code, 1, CancellationToken.None);
        return found.SingleOrDefault(m => m.Code == code)?.Id;
    }

    [Fact]
    public async Task AStrongExportUploadedOnTheMemberPage_WithALegsDay24HoursAgo_MakesTheKioskSayNotToday()
    {
        var member = await system.EnrollAsync("7203", "Sam Strong", "7203", "advanced-legs");
        var dashboard = await StaffDriver.SignInAsync(system, DemoSystem.StaffUser, DemoSystem.StaffPassword);
        await StaffDriver.OpenMemberAsync(dashboard, member.Code, member.Name);
        var export = ImportSamples.StrongWithLegsDayAt(TimeProvider.System.GetLocalNow().AddHours(-24).DateTime);

        await dashboard.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "strong.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(export) });

        await Expect(dashboard.GetByTestId("import-report")).ToContainTextAsync("2 workouts imported with 12 sets; 0 were already there.");
        await Expect(dashboard.GetByTestId("import-report")).ToContainTextAsync("Bicep Curl (Dumbbell), sets: 1");
        await Expect(dashboard.GetByTestId("import-report")).ToContainTextAsync("line 12: Reps:");
        await Expect(dashboard.GetByTestId("member-sessions")).ToHaveTextAsync("2");
        await StaffDriver.ConfirmedAsync(dashboard, "Sam Strong: 2 workouts added to the history.");
        await Screens.ShootAsync(dashboard, "34-history-import");
        await dashboard.CloseAsync();

        var kiosk = await KioskDriver.OpenAsync(system.Browser, system.System.KioskUrls[1]);
        await KioskDriver.CheckInAsync(kiosk, member.Code, member.Pin, null);
        await Expect(kiosk.GetByRole(AriaRole.Heading, new() { Name = "Not today" })).ToBeVisibleAsync();
        await Expect(kiosk.GetByText("Your legs and back were trained hard 24 h ago")).ToBeVisibleAsync();
        await KioskDriver.SignOutAsync(kiosk);
        await kiosk.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
