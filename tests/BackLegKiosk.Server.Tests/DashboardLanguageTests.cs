using System.Net;

namespace BackLegKiosk.Server.Tests;

/// <summary>The dashboard speaks the language a staff member picked, else their browser's, else English.</summary>
public class DashboardLanguageTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task TheSignInPage_FollowsTheBrowsersLanguage_AndThePickedOneOverIt()
    {
        using var browser = server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var ct = TestContext.Current.CancellationToken;

        var english = await browser.GetStringAsync(new Uri("/signin", UriKind.Relative), ct);
        using var german = new HttpRequestMessage(HttpMethod.Get, new Uri("/signin", UriKind.Relative));
        german.Headers.AcceptLanguage.ParseAdd("de-DE,de;q=0.9");
        var germanPage = await (await browser.SendAsync(german, ct)).Content.ReadAsStringAsync(ct);

        using var picked = await browser.GetAsync(new Uri("/language/de?back=%2Fsignin", UriKind.Relative), ct);
        var afterPicking = await browser.GetStringAsync(new Uri("/signin", UriKind.Relative), ct);
        using var elsewhere = await browser.GetAsync(new Uri("/language/en?back=%2F%2Fevil.example", UriKind.Relative), ct);
        using var unknown = await browser.GetAsync(new Uri("/language/xx", UriKind.Relative), ct);

        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains(">Sign in</button>", english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\">", germanPage, StringComparison.Ordinal);
        Assert.Contains(">Anmelden</button>", germanPage, StringComparison.Ordinal);
        Assert.Equal("/signin", picked.Headers.Location?.OriginalString);
        Assert.Contains(">Anmelden</button>", afterPicking, StringComparison.Ordinal);
        Assert.Equal("/", elsewhere.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }
}
