using System.Security.Cryptography.X509Certificates;
using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace BackLegKiosk.Server.Grpc;

/// <summary>A new kiosk has no key yet, so pairing is anonymous; the code is the credential, guessed no faster than a staff password.</summary>
[AllowAnonymous]
public sealed class PairingGrpcService(KioskRegistry kiosks, X509Certificate2 certificate) : PairingService.PairingServiceBase
{
    [EnableRateLimiting(RateLimits.SignIn)]
    public override async Task<PairResponse> Pair(PairRequest request, ServerCallContext context)
    {
        var (kiosk, key) = await kiosks.PairAsync(request.Code, context.CancellationToken);
        return new PairResponse { DeviceKey = key.ToString(), KioskName = kiosk.Name, ServerFingerprint = ServerCertificate.Fingerprint(certificate) };
    }
}
