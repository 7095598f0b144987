using BackLegKiosk.Server.Security;
using Grpc.Core;

namespace BackLegKiosk.Server.Grpc;

/// <summary>Who is calling, read from the authenticated request.</summary>
public static class CallerIdentity
{
    public static Guid KioskId(this ServerCallContext context) =>
        Guid.Parse(context.GetHttpContext().User.FindFirst(Policies.KioskIdClaim)!.Value);

    public static string? CheckInToken(this ServerCallContext context) =>
        context.RequestHeaders.GetValue(Policies.CheckInHeader);
}
