using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace BackLegKiosk.Server.Security;

/// <summary>
/// The staff-token signing key: from configuration, or generated once into the data folder so tokens
/// survive a restart on a machine that was never configured.
/// </summary>
public sealed class SigningKeyProvider(IOptions<ServerOptions> options)
{
    private readonly Lazy<SymmetricSecurityKey> _key = new(() => Load(options.Value));

    public SymmetricSecurityKey Key => _key.Value;

    private static SymmetricSecurityKey Load(ServerOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            var bytes = Convert.FromBase64String(options.SigningKey);
            if (bytes.Length < 32)
            {
                throw new InvalidOperationException("BackLeg:SigningKey must be at least 32 bytes of base64.");
            }

            return new SymmetricSecurityKey(bytes);
        }

        PrivateFiles.EnsureFolder(options.DataFolderPath);
        var path = Path.Combine(options.DataFolderPath, "signing.key");
        if (!File.Exists(path))
        {
            PrivateFiles.CreateSecret(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
        }

        return new SymmetricSecurityKey(Convert.FromBase64String(PrivateFiles.ReadSecret(path).Trim()));
    }
}
