using System.Security.Cryptography;
using BackLegKiosk.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace BackLegKiosk.Server.Security;

/// <summary>
/// The staff-token signing key: from configuration, or generated once and kept with the data, so tokens
/// survive a restart on a machine that was never configured. With SQLite the data is one machine's
/// folder, so the key is a file beside the database; with PostgreSQL several replicas share the data, so
/// the key is a row every replica reads, and a token signed by one is honoured by all.
/// </summary>
public sealed class SigningKeyProvider(IOptions<ServerOptions> options, IDbContextFactory<BackLegDbContext> contexts)
{
    private const string SecretName = "staff-token-signing-key";

    private readonly Lazy<SymmetricSecurityKey> _key = new(() => Load(options.Value, contexts));

    public SymmetricSecurityKey Key => _key.Value;

    private static SymmetricSecurityKey Load(ServerOptions options, IDbContextFactory<BackLegDbContext> contexts)
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

        var key = options.StoreKind == StoreKind.Postgres ? SharedKey(contexts) : FileKey(options);
        return new SymmetricSecurityKey(Convert.FromBase64String(key));
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));

    private static string FileKey(ServerOptions options)
    {
        PrivateFiles.EnsureFolder(options.DataFolderPath);
        var path = Path.Combine(options.DataFolderPath, "signing.key");
        if (!File.Exists(path))
        {
            PrivateFiles.CreateSecret(path, NewKey());
        }

        return PrivateFiles.ReadSecret(path).Trim();
    }

    /// <summary>Replicas starting together each offer a key; the first stored wins and all read that one.</summary>
    private static string SharedKey(IDbContextFactory<BackLegDbContext> contexts)
    {
        using var db = contexts.CreateDbContext();
        if (!db.ServerSecrets.Any(s => s.Name == SecretName))
        {
            db.Database.ExecuteSql($"INSERT INTO server_secrets (\"Name\", \"Value\") VALUES ({SecretName}, {NewKey()}) ON CONFLICT DO NOTHING");
        }

        return db.ServerSecrets.AsNoTracking().Single(s => s.Name == SecretName).Value;
    }
}
