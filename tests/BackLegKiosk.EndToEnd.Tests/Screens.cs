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
}
