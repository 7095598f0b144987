using BackLegKiosk.Server.Security;
using Grpc.Core;

namespace BackLegKiosk.Server.Grpc;

/// <summary>Who is calling, read from the authenticated request.</summary>
public static class CallerIdentity
{
    public static Guid KioskId(this ServerCallContext context) =>
        Guid.Parse(context.GetHttpContext().User.FindFirst(Policies.KioskIdClaim)!.Value);

    /// <summary>The stored form of the caller's device key (authentication has checked it), for streams that re-check it.</summary>
    public static string DeviceKeyHash(this ServerCallContext context) =>
        DeviceKey.TryParse(context.RequestHeaders.GetValue(DeviceKey.Header), out var key) ? Secrets.Hash(key.Secret) : string.Empty;

    public static string? CheckInToken(this ServerCallContext context) =>
        context.RequestHeaders.GetValue(Policies.CheckInHeader);
}
