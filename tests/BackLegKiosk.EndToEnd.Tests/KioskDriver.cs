using Microsoft.Playwright;

namespace BackLegKiosk.EndToEnd.Tests;

/// <summary>A member's hands on a kiosk: open it clean, check in with the PIN pad, sign out.</summary>
internal static class KioskDriver
{
    private static readonly ViewportSize Landscape = new() { Width = 1280, Height = 800 };

    public static async Task<IPage> OpenAsync(IBrowser browser, string url)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = Landscape });
        await page.GotoAsync(url);
        await Expect(page.Locator(".kiosk main > section")).ToBeVisibleAsync();

        // The kiosk is one device: whoever an earlier visit left on screen is signed out first.
        foreach (var leave in new[] { "Sign out", "Cancel" })
        {
            var button = page.GetByRole(AriaRole.Button, new() { Name = leave, Exact = true });
            if (await button.CountAsync() > 0)
            {
                await button.ClickAsync();
            }
        }

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tap to check in" })).ToBeVisibleAsync();
        return page;
    }

    public static async Task CheckInAsync(IPage page, string code, string pin, string? screenshot)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Tap to check in" }).ClickAsync();
        await page.GetByLabel("Member code").FillAsync(code);
        foreach (var digit in pin)
        {
            await page.GetByRole(AriaRole.Group, new() { Name = "PIN keypad" }).GetByRole(AriaRole.Button, new() { Name = digit.ToString(), Exact = true }).ClickAsync();
        }

        await Expect(page.Locator(".pin")).ToHaveTextAsync(new string('●', pin.Length));
        if (screenshot is not null)
        {
            await Screens.ShootAsync(page, screenshot);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Check in", Exact = true }).ClickAsync();
    }

    /// <summary>
    /// Starts today's session of an advanced legs-focus member and passes the four warm-ups (three for the
    /// squat, one for the pull-up), so the first working set is on screen.
    /// </summary>
    public static async Task StartPastTheWarmUpsAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Start today's session" }).ClickAsync();
        await SkipTheWarmUpsAsync(page);
    }

    /// <summary>Passes the four warm-ups of an advanced legs-focus member's session, one screen at a time.</summary>
    public static async Task SkipTheWarmUpsAsync(IPage page)
    {
        for (var warmUp = 1; warmUp <= 4; warmUp++)
        {
            await SkipAWarmUpAsync(page);
        }

        await Expect(page.GetByText("Set 1 of 3")).ToBeVisibleAsync();
    }

    /// <summary>Passes the warm-up on screen, and waits for the next screen.</summary>
    public static async Task SkipAWarmUpAsync(IPage page)
    {
        // Each skip changes the card, and the card's new height moves the buttons: the next click waits
        // for this one's screen, or it is aimed where the button was.
        var target = page.Locator(".card.current .target");
        var shown = await target.InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skip warm-up" }).ClickAsync();
        await Expect(target).Not.ToHaveTextAsync(shown);
    }

    public static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tap to check in" })).ToBeVisibleAsync();
        await page.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
