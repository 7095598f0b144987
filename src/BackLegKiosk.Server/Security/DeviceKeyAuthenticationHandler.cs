using System.Security.Claims;
using System.Text.Encodings.Web;
using BackLegKiosk.Server.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Security;

/// <summary>
/// Authenticates a kiosk by its device key header against the stored hash, read on every call (one
/// primary-key read): a key revoked or replaced, from the dashboard, the command line or another
/// replica, is refused at its very next call, which no per-process cache could promise.
/// </summary>
public sealed class DeviceKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<BackLegDbContext> contexts)
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

        await using var db = await contexts.CreateDbContextAsync(Context.RequestAborted);
        var kiosk = await db.Kiosks.AsNoTracking()
            .Where(k => k.Id == key.KioskId)
            .Select(k => new { k.Name, k.KeyHash, k.RevokedAt })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (kiosk is null || kiosk.RevokedAt is not null || !Secrets.Matches(key.Secret, kiosk.KeyHash))
        {
            return AuthenticateResult.Fail("Unknown device key.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(Policies.KioskIdClaim, key.KioskId.ToString()), new Claim(ClaimTypes.Name, kiosk.Name)],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
