using System.Text.RegularExpressions;
using BackLegKiosk.AppHost;
using Microsoft.Playwright;

namespace BackLegKiosk.EndToEnd.Tests;

/// <summary>A member at the kiosk, in a real Chromium against the real server and kiosk processes.</summary>
public sealed partial class KioskTests(KioskSystemFixture system) : IClassFixture<KioskSystemFixture>
{
    [Fact]
    public async Task Member_ChecksInLogsASetRestsAndContinuesOnTheSecondKiosk()
    {
        var member = system.System.Members.Single(m => m.Key == "advanced-legs");
        var kiosk1 = await OpenAsync(system.System.KioskUrls[0]);
        await ShootAsync(kiosk1, "01-attract");

        await CheckInAsync(kiosk1, member.Code, member.Pin, "02-check-in");
        await Expect(kiosk1.GetByRole(AriaRole.Heading, new() { Name = "Ready to train" })).ToBeVisibleAsync();
        await ShootAsync(kiosk1, "03-readiness");

        await kiosk1.GetByRole(AriaRole.Button, new() { Name = "Start today's session" }).ClickAsync();
        await Expect(kiosk1.GetByTestId("current-exercise")).ToHaveTextAsync("Back squat");
        await Expect(kiosk1.GetByTestId("partner-exercise")).ToHaveTextAsync("Weighted pull-up");
        await Expect(kiosk1.GetByText("Superset A")).ToBeVisibleAsync();
        await Expect(kiosk1.GetByText("Warm-up 1 of 3")).ToBeVisibleAsync();
        await ShootAsync(kiosk1, "04-warm-up");
        // Three warm-ups for the squat, one for the pull-up, then the first working set.
        await KioskDriver.SkipTheWarmUpsAsync(kiosk1);

        await kiosk1.GetByRole(AriaRole.Button, new() { Name = "Log set" }).ClickAsync();
        await Expect(kiosk1.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved: A1 set 1" })).ToBeVisibleAsync();
        await Expect(kiosk1.GetByTestId("current-exercise")).ToHaveTextAsync("Weighted pull-up");
        var first = Seconds(await kiosk1.GetByTestId("countdown").InnerTextAsync());
        await kiosk1.WaitForTimeoutAsync(2_200);
        var later = Seconds(await kiosk1.GetByTestId("countdown").InnerTextAsync());
        Assert.InRange(first, 45, 60);
        Assert.True(later < first, $"the rest timer should count down: {first} then {later}");
        await ShootAsync(kiosk1, "05-rest-timer");

        var kiosk2 = await OpenAsync(system.System.KioskUrls[1]);
        await CheckInAsync(kiosk2, member.Code, member.Pin, null);
        await kiosk2.GetByRole(AriaRole.Button, new() { Name = "Continue my session" }).ClickAsync();
        await Expect(kiosk2.GetByTestId("current-exercise")).ToHaveTextAsync("Weighted pull-up");
        await Expect(kiosk2.GetByText("1 of 23 sets")).ToBeVisibleAsync();
        await ShootAsync(kiosk2, "06-continued-on-kiosk-2");

        await kiosk2.GetByRole(AriaRole.Button, new() { Name = "Finish session" }).ClickAsync();
        await Expect(kiosk2.GetByRole(AriaRole.Heading, new() { Name = "Session done" })).ToBeVisibleAsync();
        await Expect(kiosk2.GetByText("1 / 12 sets")).ToBeVisibleAsync();
        await Expect(kiosk2.GetByText("33 g of protein")).ToBeVisibleAsync();
        await ShootAsync(kiosk2, "10-summary");

        await SignOutAsync(kiosk2);
        await SignOutAsync(kiosk1);
    }

    [Fact]
    public async Task Beginner_SeesTheWarningAndTheSplitDayAlternative()
    {
        var member = system.System.Members.Single(m => m.Key == "beginner");
        var page = await OpenAsync(system.System.KioskUrls[1]);

        await CheckInAsync(page, member.Code, member.Pin, null);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Go, with care" })).ToBeVisibleAsync();
        await Expect(page.GetByText("as a beginner")).ToBeVisibleAsync();
        await Expect(page.GetByText("Split-day alternative: legs today, back in 48 hours")).ToBeVisibleAsync();
        await ShootAsync(page, "07-beginner-warning");
        await SignOutAsync(page);
    }

    [Fact]
    public async Task TrainedYesterday_NotTodayWithTheHoursLeft()
    {
        var member = system.System.Members.Single(m => m.Key == "trained-yesterday");
        var page = await OpenAsync(system.System.KioskUrls[1]);

        await CheckInAsync(page, member.Code, member.Pin, null);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not today" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("hours-left")).ToHaveTextAsync(HoursLeft());
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start today's session" })).ToHaveCountAsync(0);
        await ShootAsync(page, "08-not-today");
        await SignOutAsync(page);
    }

    [Fact]
    public async Task Keyboard_TypesThePinAndChecksIn()
    {
        var member = system.System.Members.Single(m => m.Key == "advanced-back");
        var page = await OpenAsync(system.System.KioskUrls[1]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tap to check in" }).ClickAsync();
        await page.GetByLabel("Member code").FillAsync(member.Code);

        await page.Locator("#pin").FocusAsync();
        await page.Keyboard.TypeAsync(member.Pin);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ready to train" })).ToBeVisibleAsync();
        await SignOutAsync(page);
    }

    [Fact]
    public async Task WrongPin_GetsAClearMessage()
    {
        var member = system.System.Members.Single(m => m.Key == "advanced-back");
        var page = await OpenAsync(system.System.KioskUrls[1]);

        await CheckInAsync(page, member.Code, "9999", null);

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Member code or PIN is wrong. Please try again; after several wrong PINs it is locked for a while, and staff can set a new one.");
        await Expect(page.Locator(".pin")).ToHaveTextAsync("Enter your PIN");
        await ShootAsync(page, "09-wrong-pin");
    }

    [Fact]
    public async Task ASetCorrectedAndOneRemoved_AreSeenOnTheOtherKioskAndOnTheDashboard()
    {
        var member = await system.EnrollAsync("7101", "Casey Fixer", "7101", "advanced-legs");
        var kiosk1 = await OpenAsync(system.System.KioskUrls[0]);
        await CheckInAsync(kiosk1, member.Code, member.Pin, null);
        await KioskDriver.StartPastTheWarmUpsAsync(kiosk1);
        var squat = Kilograms(await kiosk1.GetByTestId("load").InnerTextAsync());
        await kiosk1.GetByRole(AriaRole.Button, new() { Name = "Log set" }).ClickAsync();
        await Expect(kiosk1.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved: A1 set 1" })).ToBeVisibleAsync();
        await kiosk1.GetByRole(AriaRole.Button, new() { Name = "Log set" }).ClickAsync();
        await Expect(kiosk1.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved: A2 set 1" })).ToBeVisibleAsync();
        var kiosk2 = await OpenAsync(system.System.KioskUrls[1]);
        await CheckInAsync(kiosk2, member.Code, member.Pin, null);
        await kiosk2.GetByRole(AriaRole.Button, new() { Name = "Continue my session" }).ClickAsync();
        await Expect(kiosk2.GetByText("2 of 23 sets")).ToBeVisibleAsync();
        var dashboard = await StaffDriver.SignInAsync(system, DemoSystem.StaffUser, DemoSystem.StaffPassword);
        var row = dashboard.GetByTestId("active-sessions").GetByRole(AriaRole.Row).Filter(new() { HasText = member.Name });
        await Expect(row).ToContainTextAsync("2 / 23");

        // The pull-up was a slip: removed through "Edit last set".
        await kiosk1.GetByTestId("edit-last-set").ClickAsync();
        await Expect(kiosk1.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Correct A2 set 1");
        await ShootAsync(kiosk1, "11-edit-set");
        await kiosk1.GetByTestId("remove-set").ClickAsync();
        await Expect(kiosk1.GetByRole(AriaRole.Status).Filter(new() { HasText = "Removed: A2 set 1" })).ToBeVisibleAsync();
        await Expect(kiosk1.GetByText("1 of 23 sets")).ToBeVisibleAsync(Within2S);
        await Expect(kiosk2.GetByText("1 of 23 sets")).ToBeVisibleAsync(Within2S);
        await Expect(row).ToContainTextAsync("1 / 23", new() { Timeout = 2_000 });

        // The squat went up 5 kg more than logged: corrected from the "Sets done" list.
        await kiosk1.GetByTestId("open-sets-done").ClickAsync();
        await ShootAsync(kiosk1, "12-sets-done");
        await kiosk1.GetByTestId("sets-done").GetByTestId("edit-set").Filter(new() { HasText = "A1 set 1" }).ClickAsync();
        var editor = kiosk1.GetByRole(AriaRole.Dialog);
        await editor.GetByRole(AriaRole.Button, new() { Name = "More load" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "More load" }).ClickAsync();
        await Expect(editor.GetByTestId("edit-load")).ToHaveTextAsync($"{squat + 5:0.##} kg");
        await editor.GetByTestId("save-set").ClickAsync();
        await Expect(kiosk1.GetByRole(AriaRole.Status).Filter(new() { HasText = "Corrected: A1 set 1" })).ToBeVisibleAsync();
        await kiosk2.GetByTestId("open-sets-done").ClickAsync();
        await Expect(kiosk2.GetByTestId("sets-done")).ToContainTextAsync($"A1 set 1 · Back squat · {squat + 5:0.##} kg", new() { Timeout = 2_000 });
        await ShootAsync(kiosk2, "13-correction-on-kiosk-2");

        await StaffDriver.OpenMemberAsync(dashboard, member.Code, member.Name);
        await Expect(dashboard.GetByTestId("prs").GetByRole(AriaRole.Row).Filter(new() { HasText = "Back squat" })).ToContainTextAsync($"{squat + 5:0.#} kg");
        await Expect(dashboard.GetByTestId("sessions").Locator("tbody tr").First).ToContainTextAsync("1 / 0");
        await dashboard.CloseAsync();
        await kiosk2.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await SignOutAsync(kiosk2);
        await SignOutAsync(kiosk1);
    }

    [Fact]
    public async Task ThePlanPreviewAndTheWorkout_FitEveryScreenShape_WithNothingOverlapping()
    {
        var member = await system.EnrollAsync("7102", "Robin Shape", "7102", "advanced-legs");
        var page = await OpenAsync(system.System.KioskUrls[1]);
        await CheckInAsync(page, member.Code, member.Pin, null);
        var preview = page.GetByTestId("plan-preview");
        await Expect(preview).ToContainTextAsync("Today's plan · about");
        await Expect(preview).ToContainTextAsync("A1 Back squat 3 × 4");
        await Expect(preview).ToContainTextAsync("Legs 12 sets, 25% fewer than the split day's 16");
        await Expect(preview.GetByRole(AriaRole.Region, new() { Name = "Why this order" })).ToContainTextAsync("R4");
        var start = page.GetByRole(AriaRole.Button, new() { Name = "Start today's session" });
        foreach (var (size, name) in Layout.ScreenShapes)
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
            await ShootAsync(page, $"14-plan-preview-{name}");
            await Layout.AssertFitsAsync(page, size, [("plan", preview), ("start", start)]);
        }

        await KioskDriver.StartPastTheWarmUpsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log set" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved: A1 set 1" })).ToBeVisibleAsync();
        foreach (var (size, name) in Layout.ScreenShapes)
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
            await ShootAsync(page, $"15-workout-{name}");
            await Layout.AssertFitsAsync(page, size, [
                ("current exercise", page.Locator(".card.current")),
                ("partner exercise", page.Locator(".card.partner")),
                ("load stepper", page.GetByRole(AriaRole.Group, new() { Name = "Load" })),
                ("reps stepper", page.GetByRole(AriaRole.Group, new() { Name = "Reps" })),
                ("log set", page.GetByRole(AriaRole.Button, new() { Name = "Log set" })),
                ("rest panel", page.Locator("aside.rest")),
            ]);
        }

        await SignOutAsync(page);
    }

    [Fact]
    public async Task ContinueOnMyPhone_ThePhoneTakesTheSession_LogsASet_AndTheDashboardCountsIt()
    {
        var member = await system.EnrollAsync("7103", "Sam Pocket", "7103", "advanced-legs");
        var kiosk = await OpenAsync(system.System.KioskUrls[0]);
        await CheckInAsync(kiosk, member.Code, member.Pin, null);
        await KioskDriver.StartPastTheWarmUpsAsync(kiosk);

        await kiosk.GetByRole(AriaRole.Button, new() { Name = "Log set" }).ClickAsync();
        await Expect(kiosk.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved: A1 set 1" })).ToBeVisibleAsync();
        await kiosk.GetByTestId("continue-on-phone").ClickAsync();
        await Expect(kiosk.GetByTestId("phone-qr")).ToBeVisibleAsync();
        var link = await kiosk.GetByTestId("phone-url").InnerTextAsync();
        await ShootAsync(kiosk, "16-phone-qr");

        var context = await system.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2 });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync(link);
        await Expect(phone.GetByTestId("current-exercise")).ToHaveTextAsync("Weighted pull-up", new() { Timeout = StaffDriver.Navigation });
        await Expect(phone.GetByText("1 of 23 sets")).ToBeVisibleAsync();
        await Expect(kiosk.GetByRole(AriaRole.Heading, new() { Name = "Continued on your phone" })).ToBeVisibleAsync();
        await Expect(kiosk.GetByRole(AriaRole.Button, new() { Name = "Tap to check in" })).ToBeVisibleAsync(new() { Timeout = 10_000 });

        // Warm-ups skipped on the kiosk were never sets, so the phone offers the pull-up's again.
        await phone.GetByRole(AriaRole.Button, new() { Name = "Skip warm-up" }).TapAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Log set" }).TapAsync();
        await Expect(phone.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved: A2 set 1" })).ToBeVisibleAsync();
        await Expect(phone.GetByText("2 of 23 sets")).ToBeVisibleAsync();
        await ShootAsync(phone, "17-phone");
        var dashboard = await StaffDriver.SignInAsync(system, DemoSystem.StaffUser, DemoSystem.StaffPassword);
        await Expect(dashboard.GetByTestId("active-sessions").GetByRole(AriaRole.Row).Filter(new() { HasText = member.Name })).ToContainTextAsync("2 / 23");

        // The link was the credential, and it is spent.
        var again = await context.NewPageAsync();
        await again.GotoAsync(link);
        await Expect(again.GetByRole(AriaRole.Heading, new() { Name = "This link opens nothing" })).ToBeVisibleAsync(new() { Timeout = StaffDriver.Navigation });
        await dashboard.CloseAsync();
        await context.CloseAsync();
        await kiosk.CloseAsync();
    }

    [Fact]
    public async Task APoundsMemberWithNoKnownMaxes_SeesAndLogsPounds()
    {
        var member = await system.EnrollAsync("7104", "Lee Imperial", "7104", "advanced-legs", p => p with { Units = Training.Members.WeightUnit.Pounds, OneRepMaxesKg = new Dictionary<string, double>() });
        var page = await OpenAsync(system.System.KioskUrls[1]);
        await CheckInAsync(page, member.Code, member.Pin, null);
        await KioskDriver.StartPastTheWarmUpsAsync(page);

        await Expect(page.GetByTestId("load")).ToHaveTextAsync("0 lb");
        for (var plates = 0; plates < 4; plates++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "More load" }).ClickAsync();
        }

        await Expect(page.GetByTestId("load")).ToHaveTextAsync("10 lb");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log set" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved: A1 set 1" })).ToContainTextAsync("10 lb x");
        await page.GetByTestId("open-sets-done").ClickAsync();
        await Expect(page.GetByTestId("sets-done")).ToContainTextAsync("10 lb ×");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await SignOutAsync(page);
    }

    [Fact]
    public async Task NotToday_ACoachOverridesAtTheKioskWithTheirOwnSignIn_AndTheMemberStarts()
    {
        var member = await system.EnrollAsync("7105", "Riley Return", "7105", "trained-yesterday", withHistory: true);
        var page = await OpenAsync(system.System.KioskUrls[1]);
        await CheckInAsync(page, member.Code, member.Pin, null);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not today" })).ToBeVisibleAsync();

        await page.GetByTestId("coach-override").ClickAsync();
        await page.GetByLabel("Coach's username").FillAsync(DemoSystem.StaffUser);
        await page.GetByLabel("Coach's password").FillAsync(DemoSystem.StaffPassword);
        await page.GetByLabel("Reason", new() { Exact = true }).FillAsync("Competition prep, light day");
        await ShootAsync(page, "18-coach-override");
        await page.GetByTestId("override-apply").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Go, with care" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Coach override by coach: Competition prep, light day").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start today's session" }).ClickAsync();
        await Expect(page.GetByTestId("current-exercise")).ToBeVisibleAsync();
        await SignOutAsync(page);
    }

    private static LocatorAssertionsToBeVisibleOptions Within2S => new() { Timeout = 2_000 };

    private static double Kilograms(string load) => double.Parse(load.Replace(" kg", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    private Task<IPage> OpenAsync(string url) => KioskDriver.OpenAsync(system.Browser, url);

    private static Task CheckInAsync(IPage page, string code, string pin, string? screenshot) => KioskDriver.CheckInAsync(page, code, pin, screenshot);

    private static Task SignOutAsync(IPage page) => KioskDriver.SignOutAsync(page);

    private static Task ShootAsync(IPage page, string name) => Screens.ShootAsync(page, name);

    private static int Seconds(string clock)
    {
        var parts = clock.Split(':');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) * 60) + int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex(@"^1[78] h until your legs and back are recovered$")]
    private static partial Regex HoursLeft();
}
