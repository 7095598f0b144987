using System.Security.Claims;
using System.Text.Encodings.Web;
using BackLegKiosk.Server.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Security;

/// <summary>Authenticates a kiosk by its device key header against the stored hash.</summary>
public sealed class DeviceKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<BackLegDbContext> contexts,
    DeviceKeyCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(DeviceKey.Header, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        if (!DeviceKey.TryParse(values.ToString(), out var key))
        {
            return AuthenticateResult.Fail("Malformed device key.");
        }

        var name = cache.Find(key);
        if (name is null)
        {
            await using var db = await contexts.CreateDbContextAsync(Context.RequestAborted);
            var kiosk = await db.Kiosks.AsNoTracking()
                .Where(k => k.Id == key.KioskId)
                .Select(k => new { k.Name, k.KeyHash })
                .SingleOrDefaultAsync(Context.RequestAborted);
            if (kiosk is null || !Secrets.Matches(key.Secret, kiosk.KeyHash))
            {
                return AuthenticateResult.Fail("Unknown device key.");
            }

            name = kiosk.Name;
            cache.Remember(key, name);
        }

        var identity = new ClaimsIdentity(
            [new Claim(Policies.KioskIdClaim, key.KioskId.ToString()), new Claim(ClaimTypes.Name, name)],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
