using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackLegKiosk.EndToEnd.Tests;

/// <summary>A gym with one lifting platform: the whole system of its own, so no other test's session holds it.</summary>
public sealed class OnePlatformSystemFixture : KioskSystemFixture
{
    protected override IReadOnlyDictionary<string, string?> Stations { get; } = new Dictionary<string, string?> { ["BackLeg:Stations:platform"] = "1" };
}

/// <summary>The platform frees while a member trains around it: the kiosk offers the deadlift back at the next superset.</summary>
public sealed class StationOfferTests(OnePlatformSystemFixture system) : IClassFixture<OnePlatformSystemFixture>
{
    [Fact]
    public async Task ThePlatformFreesDuringSupersetA_TheKioskOffersTheDeadliftAtB_AndTakingItMakesItTheNextSet()
    {
        var holder = await system.EnrollAsync("7201", "Pat Platform", "7201", "advanced-back");
        var member = await system.EnrollAsync("7202", "Sam Standby", "7202", "advanced-back");
        var kiosk2 = await KioskDriver.OpenAsync(system.Browser, system.System.KioskUrls[1]);
        await KioskDriver.CheckInAsync(kiosk2, holder.Code, holder.Pin, null);
        await kiosk2.GetByRole(AriaRole.Button, new() { Name = "Start today's session" }).ClickAsync();
        await Expect(kiosk2.GetByTestId("current-exercise")).ToHaveTextAsync("Conventional deadlift");

        var kiosk1 = await KioskDriver.OpenAsync(system.Browser, system.System.KioskUrls[0]);
        await KioskDriver.CheckInAsync(kiosk1, member.Code, member.Pin, null);
        await kiosk1.GetByRole(AriaRole.Button, new() { Name = "Start today's session" }).ClickAsync();
        await Expect(kiosk1.GetByTestId("current-exercise")).ToHaveTextAsync("Rack pull");
        await kiosk2.GetByRole(AriaRole.Button, new() { Name = "Finish session" }).ClickAsync();
        await Expect(kiosk2.GetByRole(AriaRole.Heading, new() { Name = "Session done" })).ToBeVisibleAsync();
        await SkipWarmUpsAsync(kiosk1);
        await LogSupersetAAsync(kiosk1);

        var offer = kiosk1.GetByTestId("station-offer");
        await Expect(offer).ToContainTextAsync("A station is free");
        await Expect(offer).ToContainTextAsync("Platforms free again: Conventional deadlift back in at superset B;");
        foreach (var (size, name) in Layout.ScreenShapes)
        {
            await kiosk1.SetViewportSizeAsync(size.Width, size.Height);
            await Screens.ShootAsync(kiosk1, $"35-station-offer-{name}");
            await Layout.AssertFitsAsync(kiosk1, size, [("offer", offer)]);
        }

        await kiosk1.SetViewportSizeAsync(1280, 800);
        await offer.GetByRole(AriaRole.Button, new() { Name = "Take it" }).ClickAsync();

        await Expect(offer).ToHaveCountAsync(0);
        await Expect(kiosk1.GetByTestId("current-exercise")).ToHaveTextAsync("Conventional deadlift");
        await Expect(kiosk1.Locator(".card.current .slot")).ToHaveTextAsync("B1");
        await Expect(kiosk1.GetByRole(AriaRole.Status).Filter(new() { HasText = "Plan changed from superset B on." })).ToBeVisibleAsync();
        foreach (var (size, name) in Layout.ScreenShapes)
        {
            await kiosk1.SetViewportSizeAsync(size.Width, size.Height);
            await Screens.ShootAsync(kiosk1, $"36-station-taken-{name}");
            await Layout.AssertFitsAsync(kiosk1, size, [
                ("current exercise", kiosk1.Locator(".card.current")),
                ("log set", kiosk1.GetByRole(AriaRole.Button, new() { Name = "Log set" })),
                ("saved", kiosk1.Locator(".now .saved")),
                ("rest panel", kiosk1.Locator("aside.rest")),
            ]);
        }

        await KioskDriver.SignOutAsync(kiosk1);
        await kiosk2.CloseAsync();
    }

    private static async Task SkipWarmUpsAsync(IPage page)
    {
        while (await page.GetByRole(AriaRole.Button, new() { Name = "Skip warm-up" }).CountAsync() > 0)
        {
            await KioskDriver.SkipAWarmUpAsync(page);
        }
    }

    /// <summary>Logs every working set of superset A as prescribed, one screen at a time, up to the boundary.</summary>
    private static async Task LogSupersetAAsync(IPage page)
    {
        var progress = page.Locator(".rest .progress");
        while (await page.GetByText("Superset A").CountAsync() > 0 && await page.GetByTestId("station-offer").CountAsync() == 0)
        {
            var done = await progress.InnerTextAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Log set" }).ClickAsync();
            await Expect(progress).Not.ToHaveTextAsync(done);
        }
    }
}
