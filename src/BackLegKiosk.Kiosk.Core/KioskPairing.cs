using System.Security.Cryptography;
using BackLegKiosk.Contracts.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>What pairing gives a kiosk: everything it needs to talk to its server, kept in its data folder.</summary>
/// <param name="ServerAddress">The server's gRPC address the kiosk paired with.</param>
/// <param name="DeviceKey">Its device key.</param>
/// <param name="ServerFingerprint">The SHA-256 of the certificate the server presented, to pin from now on (empty over plain HTTP).</param>
/// <param name="KioskName">The name staff gave it.</param>
public sealed record PairedKiosk(string ServerAddress, string DeviceKey, string ServerFingerprint, string KioskName);

/// <summary>
/// Trades a one-time pairing code for a device key. Over https the kiosk has nothing to pin yet, so it
/// trusts the certificate it meets on this one call (the code's ten minutes bound the window) and checks
/// that the server names the same certificate in its answer; every later call pins that one.
/// </summary>
public static class KioskPairing
{
    public static async Task<PairedKiosk> PairAsync(string serverAddress, string code, CancellationToken cancellationToken)
    {
        string? presented = null;
        var handler = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
        {
            presented = certificate is null ? null : Convert.ToHexStringLower(SHA256.HashData(certificate.GetRawCertData()));
            return presented is not null;
        };
        using var channel = GrpcChannel.ForAddress(serverAddress, new GrpcChannelOptions { HttpHandler = handler });
        var answer = await new PairingService.PairingServiceClient(channel).PairAsync(new PairRequest { Code = code }, cancellationToken: cancellationToken);
        if (presented is not null && !string.Equals(presented, answer.ServerFingerprint, StringComparison.OrdinalIgnoreCase))
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "The server presented a different certificate from the one it names: something sits between this kiosk and the server."));
        }

        return new PairedKiosk(serverAddress, answer.DeviceKey, presented ?? string.Empty, answer.KioskName);
    }
}
