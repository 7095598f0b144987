using Microsoft.AspNetCore.Identity;

namespace BackLegKiosk.Server.Domain;

/// <summary>PINs and staff passwords go through ASP.NET Core Identity's PBKDF2 hasher; only the hash is stored.</summary>
public static class PinHasher
{
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object Subject = new();

    /// <summary>A hash of a throwaway secret, verified against when the member is unknown so timing does not tell.</summary>
    public static readonly string Decoy = Hasher.HashPassword(Subject, "decoy-0000");

    public static string Hash(string secret) => Hasher.HashPassword(Subject, secret);

    public static bool Verify(string secret, string hash) =>
        hash.Length > 0 && Hasher.VerifyHashedPassword(Subject, hash, secret) != PasswordVerificationResult.Failed;
}
