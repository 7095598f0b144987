using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BackLegKiosk.EndToEnd.Tests;

/// <summary>Staff at the dashboard: a fresh signed-in browser context, and pages opened by address.</summary>
internal static partial class StaffDriver
{
    /// <summary>How long a navigation may take, Playwright's own default for one.</summary>
    public const int Navigation = 30_000;

    private static readonly ViewportSize Tablet = new() { Width = 1280, Height = 900 };

    public static async Task<IPage> NewPageAsync(KioskSystemFixture system) =>
        await (await system.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Tablet, AcceptDownloads = true })).NewPageAsync();

    /// <summary>
    /// Opens a dashboard page and waits until it shows its heading. A page shows its content only after its
    /// circuit connects and its queries answer: on a loaded CI box that is navigation work, not an in-page
    /// change, so it gets a navigation's bound, not the 5 s of an assertion (a member page under two busy
    /// loops once took longer, and its lock alert was judged missing). Evidence is kept if even that is not enough.
    /// </summary>
    public static async Task GoToAsync(KioskSystemFixture system, IPage page, string path, string heading)
    {
        await page.GotoAsync(system.System.DashboardUrl + path);
        try
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync(new() { Timeout = Navigation });
        }
        catch (PlaywrightException)
        {
            await Screens.SaveEvidenceAsync(page, $"page-timeout-{path.Replace('/', '-')}", []);
            throw;
        }
    }

    /// <summary>A fresh browser context (no cookie yet) signed in through the form.</summary>
    public static async Task<IPage> SignInAsync(KioskSystemFixture system, string username, string password)
    {
        var page = await NewPageAsync(system);
        await page.GotoAsync(system.System.DashboardUrl);
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(password);
        var requests = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue($"{request.Method} {request.Url}");
        page.FrameNavigated += (_, frame) => requests.Enqueue($"navigated {frame.Url}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        try
        {
            // Not WaitForURLAsync: it checks the address, then subscribes to the load event, and can miss a
            // load that lands in between (microsoft/playwright-dotnet#3364). Seen here under load, with the
            // page rendered and live. The assertion polls the address instead; same 30 s as a navigation.
            await Assertions.Expect(page).Not.ToHaveURLAsync(SignInAddress(), new() { Timeout = Navigation });
        }
        catch (PlaywrightException)
        {
            // Keep what the page did, so a failure here can be read instead of guessed; the test still fails.
            await Screens.SaveEvidenceAsync(page, $"signin-timeout-{username}", requests);
            throw;
        }

        return page;
    }

    /// <summary>
    /// Waits for the confirmation that says <paramref name="text"/> to have faded in: judged (and shot)
    /// half-transparent, its contrast would be half too.
    /// </summary>
    public static async Task ConfirmedAsync(IPage dashboard, string text)
    {
        var confirmation = dashboard.Locator(".mud-snackbar").Filter(new() { HasText = text });
        await Assertions.Expect(confirmation).ToBeVisibleAsync();
        await dashboard.WaitForFunctionAsync("e => e.getAnimations().length === 0", await confirmation.ElementHandleAsync());
    }

    /// <summary>Opens a member's page the way staff find it: the search by code, then the name.</summary>
    public static async Task OpenMemberAsync(IPage dashboard, string code, string name)
    {
        await dashboard.GetByRole(AriaRole.Link, new() { Name = "Members" }).ClickAsync();
        await dashboard.GetByLabel("Find by code or name").FillAsync(code);

        // The search applies after a pause in typing; clicking before it does would click a list about to change.
        await Assertions.Expect(dashboard.GetByTestId("members").Locator("tbody tr")).ToHaveCountAsync(1);
        await dashboard.GetByTestId("members").GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(dashboard.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync(new() { Timeout = Navigation });
    }

    [GeneratedRegex("/signin")]
    private static partial Regex SignInAddress();
}
