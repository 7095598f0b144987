using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BackLegKiosk.EndToEnd.Tests;

/// <summary>What a person sees: a full-page screenshot kept with the test results, checked with axe.</summary>
internal static class Screens
{
    /// <summary>Saves the page and fails on any serious or critical axe violation.</summary>
    public static async Task ShootAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(KioskSystemFixture.ScreenshotFolder, $"{name}.png"), FullPage = true });
        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, $"{name}: {string.Join("; ", serious)}");
    }

    /// <summary>A failing page as it was: screenshot, address, HTML and the requests it made, beside the screenshots.</summary>
    public static async Task SaveEvidenceAsync(IPage page, string name, IEnumerable<string> requests)
    {
        var stem = Path.Combine(KioskSystemFixture.ScreenshotFolder, name);
        string html;
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"{stem}.png", FullPage = true, Timeout = 5000 });
            html = await page.ContentAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is TimeoutException or PlaywrightException)
        {
            // A page stuck mid-navigation may give neither; the address and requests still tell a lot.
            html = $"(no content: {ex.Message})";
        }

        await File.WriteAllLinesAsync($"{stem}.txt", [$"url: {page.Url}", .. requests, "----", html]);
    }
}
