using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace BackLegKiosk.Server.Security;

/// <summary>
/// The certificate the server's HTTPS endpoints present: the operator's own (<c>BackLeg:TlsCertificatePath</c>,
/// a PFX or a PEM with <c>BackLeg:TlsKeyPath</c>), or one the server makes on its first start and keeps in
/// the data folder, owner-only like the signing key. Kiosks pin its SHA-256 fingerprint, so a self-made
/// certificate is as good as a bought one on a gym's own floor.
/// </summary>
public static class ServerCertificate
{
    public const string FileName = "server.pfx.b64";

    public static X509Certificate2 LoadOrCreate(ServerOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.TlsCertificatePath))
        {
            return options.TlsCertificatePath.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase)
                ? X509CertificateLoader.LoadPkcs12FromFile(options.TlsCertificatePath, options.TlsCertificatePassword)
                : X509Certificate2.CreateFromPemFile(options.TlsCertificatePath, string.IsNullOrWhiteSpace(options.TlsKeyPath) ? null : options.TlsKeyPath);
        }

        PrivateFiles.EnsureFolder(options.DataFolderPath);
        var path = Path.Combine(options.DataFolderPath, FileName);
        if (!File.Exists(path))
        {
            try
            {
                PrivateFiles.CreateSecret(path, Convert.ToBase64String(Create().Export(X509ContentType.Pkcs12)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made it at the same moment: use theirs.
            }
        }

        return X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(PrivateFiles.ReadSecret(path)), null);
    }

    /// <summary>What a kiosk pins: SHA-256 over the certificate, lower-case hex.</summary>
    public static string Fingerprint(X509Certificate2 certificate) =>
        certificate.GetCertHashString(HashAlgorithmName.SHA256).ToLowerInvariant();

    private static X509Certificate2 Create()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=BackLegKiosk server", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddDnsName(Dns.GetHostName());
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = TimeProvider.System.GetUtcNow();
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
    }
}
