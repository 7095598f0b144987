using BackLegKiosk.AppHost;
using Microsoft.Playwright;

namespace BackLegKiosk.EndToEnd.Tests;

/// <summary>A member whose profile staff set to German sees the kiosk in German, numbers and rule notes included.</summary>
public sealed partial class KioskTests
{
    private static readonly ViewportSize Landscape = new() { Width = 1280, Height = 800 };

    [Fact]
    public async Task AGermanMember_SetByStaff_SeesTheKioskInGerman_AndTheNextMemberInTheKiosksOwn()
    {
        var member = await system.EnrollAsync("7106", "Jonas Weber", "7106", "advanced-legs");
        var dashboard = await StaffDriver.SignInAsync(system, DemoSystem.StaffUser, DemoSystem.StaffPassword);
        await StaffDriver.OpenMemberAsync(dashboard, member.Code, member.Name);
        await dashboard.GetByTestId("member-language-select").ClickAsync();
        await dashboard.GetByRole(AriaRole.Option, new() { Name = "Deutsch" }).ClickAsync();
        await Expect(dashboard.GetByText("Jonas Weber sees the kiosk in Deutsch from the next check-in.")).ToBeVisibleAsync();

        // The staff member switches the dashboard itself to German: the same page, reloaded in German.
        await dashboard.GetByTestId("language").ClickAsync();
        await dashboard.GetByTestId("language-de").ClickAsync();
        await Expect(dashboard.GetByRole(AriaRole.Heading, new() { Name = "Sprache am Kiosk" })).ToBeVisibleAsync(new() { Timeout = StaffDriver.Navigation });
        await Expect(dashboard.GetByTestId("member-language-select")).ToContainTextAsync("Deutsch");
        Assert.Equal("de", await dashboard.Locator("html").GetAttributeAsync("lang"));
        await Screens.ShootAsync(dashboard, "33-dashboard-german");
        await dashboard.CloseAsync();

        var page = await OpenAsync(system.System.KioskUrls[1]);
        await CheckInAsync(page, member.Code, member.Pin, null);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bereit zum Training" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("plan-preview")).ToContainTextAsync("Warum diese Reihenfolge");
        await Expect(page.GetByTestId("plan-preview")).ToContainTextAsync("Technisch Anspruchsvollstes zuerst je Gruppe");
        await Expect(page.GetByTestId("plan-preview")).ToContainTextAsync("% weniger als am Split-Tag");
        Assert.Equal("de", await page.Locator(".kiosk").GetAttributeAsync("lang"));
        await ShootAsync(page, "31-german-readiness");
        await Layout.AssertFitsAsync(page, Landscape, [("plan", page.GetByTestId("plan-preview")), ("start", page.GetByRole(AriaRole.Button, new() { Name = "Training starten" }))]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Training starten" }).ClickAsync();
        await Expect(page.GetByText("Aufwärmen 1 von 3")).ToBeVisibleAsync();
        // Loads step by 2.5 kg, so one of two steps shows a half kilogram, written with a German decimal comma.
        var loads = new List<string>();
        for (var step = 0; step < 2; step++)
        {
            var before = await page.GetByTestId("load").InnerTextAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Mehr Gewicht" }).ClickAsync();
            await Expect(page.GetByTestId("load")).Not.ToHaveTextAsync(before);
            loads.Add(await page.GetByTestId("load").InnerTextAsync());
        }

        Assert.Contains(loads, l => l.EndsWith(",5 kg", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Satz speichern" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Gespeichert: A1 Aufwärmsatz 1" })).ToBeVisibleAsync();
        await ShootAsync(page, "32-german-workout");

        // German words run longer than English: the same screen must still fit.
        await Layout.AssertFitsAsync(page, Landscape, [
            ("current exercise", page.Locator(".card.current")),
            ("partner exercise", page.Locator(".card.partner")),
            ("load stepper", page.GetByRole(AriaRole.Group, new() { Name = "Gewicht" })),
            ("reps stepper", page.GetByRole(AriaRole.Group, new() { Name = "Wiederholungen" })),
            ("log set", page.GetByRole(AriaRole.Button, new() { Name = "Satz speichern" })),
            ("rest panel", page.Locator("aside.rest")),
        ]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tap to check in" })).ToBeVisibleAsync();
        Assert.Equal("en", await page.Locator(".kiosk").GetAttributeAsync("lang"));
        await page.CloseAsync();
    }
}
