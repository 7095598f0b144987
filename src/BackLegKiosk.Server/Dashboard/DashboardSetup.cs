using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace BackLegKiosk.Server.Dashboard;

/// <summary>The staff dashboard: Blazor pages hosted by the server, signed in with a staff account (cookie).</summary>
public static class DashboardSetup
{
    public static IServiceCollection AddStaffDashboard(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddLocalization();

        // In the database rather than one machine's disk: a cookie or antiforgery token made by one replica
        // must open on every other, and survive a restart.
        services.AddDataProtection().SetApplicationName("BackLegKiosk").PersistKeysToDbContext<BackLegDbContext>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, StaffCircuitRevalidation>();
        services.AddScoped<DashboardData>();
        services.AddOptions<CookieAuthenticationOptions>(Policies.StaffCookieScheme).Configure<IOptions<ServerOptions>>((cookie, server) =>
        {
            cookie.LoginPath = "/signin";
            cookie.AccessDeniedPath = "/denied";
            cookie.Cookie.Name = "backleg.staff";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(server.Value.StaffTokenHours);
            cookie.SlidingExpiration = false;
            cookie.Events.OnValidatePrincipal = RecheckAccountAsync;
            // A gRPC call that reaches the cookie (only the deny-by-default fallback sends it here) cannot
            // follow a redirect to the sign-in page: it gets the status its client understands.
            cookie.Events.OnRedirectToLogin = context => ChallengeAsync(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ChallengeAsync(context, StatusCodes.Status403Forbidden);
        });
        return services;
    }

    public static WebApplication MapStaffDashboard(this WebApplication app)
    {
        // The staff member's choice (a cookie) or their browser's languages; the circuit keeps the culture it starts with.
        app.UseRequestLocalization(options =>
        {
            options.SupportedCultures = [.. Format.Cultures];
            options.SupportedUICultures = [.. Format.Cultures];
            options.SetDefaultCulture(Format.Cultures[0].Name);
        });
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapGet("/language/{code}", ChooseLanguage).AllowAnonymous();
        var components = app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

        // The circuit's own endpoints (the hub a live page talks over) take no staff cookie: a member's
        // phone page needs a circuit, and every staff page checks its policy inside the circuit as well
        // (AuthorizeRouteView, StaffCircuitRevalidation). Page addresses keep the deny-by-default policy.
        components.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route } && route.StartsWith("/_blazor", StringComparison.Ordinal))
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
        });
        // The form carries no field to bind, so nothing checks its antiforgery token unless this does:
        // a foreign page must not be able to sign staff out.
        app.MapPost("/signout", async (HttpContext http) =>
        {
            if (http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
            {
                return Results.BadRequest();
            }

            await http.SignOutAsync(Policies.StaffCookieScheme);
            return Results.LocalRedirect("/signin");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).AllowAnonymous();
        app.MapGet("/members/{id:guid}/export", async (Guid id, MemberDirectory members, CancellationToken cancellationToken) =>
        {
            try
            {
                var json = await members.ExportAsync(id, cancellationToken);
                return Results.File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", $"member-{id}.json");
            }
            catch (NotFoundException)
            {
                return Results.NotFound();
            }
        }).RequireAuthorization(Policies.StaffDashboard);
        return app;
    }

    /// <summary>The cookie's identity: who signed in and the role their account holds.</summary>
    public static ClaimsPrincipal Principal(Data.Entities.StaffAccountEntity account) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()),
                new Claim(ClaimTypes.Name, account.Username),
                new Claim(ClaimTypes.Role, account.Role),
            ],
            Policies.StaffCookieScheme));

    private static Task ChallengeAsync(RedirectContext<CookieAuthenticationOptions> context, int grpcStatus)
    {
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true)
        {
            context.Response.StatusCode = grpcStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A cookie outlives a change to its account: an account removed or whose role changed is signed
    /// out or re-issued with the role it holds now, so revoking staff access takes effect at once.
    /// </summary>
    private static async Task RecheckAccountAsync(CookieValidatePrincipalContext context)
    {
        if (Policies.StaffId(context.Principal) is not { } id)
        {
            context.RejectPrincipal();
            return;
        }

        await using var db = await context.HttpContext.RequestServices.GetRequiredService<IDbContextFactory<BackLegDbContext>>().CreateDbContextAsync(context.HttpContext.RequestAborted);
        var account = await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, context.HttpContext.RequestAborted);
        if (account is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Policies.StaffCookieScheme);
        }
        else if (!context.Principal!.IsInRole(account.Role))
        {
            context.ReplacePrincipal(Principal(account));
            context.ShouldRenew = true;
        }
    }

    /// <summary>
    /// Remembers the language a staff member picked (a cookie the localization middleware reads) and goes back
    /// to the page they were on; only a path on this site, so the link cannot send anyone elsewhere.
    /// </summary>
    private static IResult ChooseLanguage(string code, string? back, HttpContext http)
    {
        var culture = Format.Cultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == code);
        if (culture is null)
        {
            return Results.BadRequest($"code: must be one of {string.Join(", ", Format.Cultures.Select(c => c.TwoLetterISOLanguageName))}");
        }

        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
        return Results.LocalRedirect(PathOnThisSite(back));
    }

    /// <summary><paramref name="path"/> when it is a path on this site, else the home page: a link must not be able to send staff elsewhere.</summary>
    public static string PathOnThisSite(string? path) =>
        path is { Length: > 0 } && path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/\\", StringComparison.Ordinal) ? path : "/";
}
