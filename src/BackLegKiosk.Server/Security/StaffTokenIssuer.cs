using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BackLegKiosk.Server.Security;

/// <summary>Signs staff bearer tokens with the server's key.</summary>
public sealed class StaffTokenIssuer(SigningKeyProvider keys, TimeProvider time, Microsoft.Extensions.Options.IOptions<ServerOptions> options)
{
    public const string Issuer = "backlegkiosk";

    public (string Token, DateTimeOffset ExpiresAt) Issue(Guid staffId, string username, string role)
    {
        var now = time.GetUtcNow();
        var expires = now.AddHours(options.Value.StaffTokenHours);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, staffId.ToString()),
                new Claim(ClaimTypes.Name, username),
                new Claim(ClaimTypes.Role, role),
            ]),
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}
