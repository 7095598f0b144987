using Microsoft.Playwright;

namespace BackLegKiosk.EndToEnd.Tests;

/// <summary>A screen judged by its geometry: the main regions each whole on screen, none over another, every button big enough for a finger.</summary>
internal static class Layout
{
    /// <summary>A floor screen's usual shapes: the kiosk's own, full HD, and full HD mounted on its side.</summary>
    public static readonly (ViewportSize Size, string Name)[] ScreenShapes =
    [
        (new() { Width = 1280, Height = 800 }, "1280x800"),
        (new() { Width = 1920, Height = 1080 }, "1920x1080"),
        (new() { Width = 1080, Height = 1920 }, "1080x1920-portrait"),
    ];

    /// <summary>The smallest touch target the kiosk allows, in CSS pixels.</summary>
    private const double MinTouch = 48;

    public static async Task AssertFitsAsync(IPage page, ViewportSize viewport, IReadOnlyList<(string Name, ILocator Region)> regions)
    {
        var boxes = new List<(string Name, LocatorBoundingBoxResult Box)>();
        foreach (var (name, region) in regions)
        {
            await Assertions.Expect(region).ToBeVisibleAsync();
            var box = await region.BoundingBoxAsync() ?? throw new InvalidOperationException($"{name} has no box");
            boxes.Add((name, box));
            Assert.True(
                box.X >= 0 && box.Y >= 0 && box.X + box.Width <= viewport.Width + 0.5 && box.Y + box.Height <= viewport.Height + 0.5,
                $"{viewport.Width}x{viewport.Height}: {name} at ({box.X:0},{box.Y:0}) {box.Width:0}x{box.Height:0} is not inside the screen");
            var overflowing = await region.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth + 1");
            Assert.False(overflowing, $"{viewport.Width}x{viewport.Height}: {name} has content cut off at its side");
        }

        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(Intersect(boxes[i].Box, boxes[j].Box), $"{viewport.Width}x{viewport.Height}: {boxes[i].Name} overlaps {boxes[j].Name}");
            }
        }

        var small = await page.Locator("button:visible").EvaluateAllAsync<string[]>(
            $"buttons => buttons.filter(b => {{ const r = b.getBoundingClientRect(); return r.width < {MinTouch} || r.height < {MinTouch}; }}).map(b => b.textContent.trim())");
        Assert.True(small.Length == 0, $"{viewport.Width}x{viewport.Height}: buttons smaller than {MinTouch} px: {string.Join(", ", small)}");
    }

    private static bool Intersect(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
}
