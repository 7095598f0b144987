using System.Text.RegularExpressions;
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
        for (var warmUp = 1; warmUp <= 4; warmUp++)
        {
            await kiosk1.GetByRole(AriaRole.Button, new() { Name = "Skip warm-up" }).ClickAsync();
        }

        await Expect(kiosk1.GetByText("Set 1 of 3")).ToBeVisibleAsync();

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
