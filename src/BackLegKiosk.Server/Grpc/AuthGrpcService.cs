using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace BackLegKiosk.Server.Grpc;

[AllowAnonymous]
public sealed class AuthGrpcService(StaffDirectory accounts, StaffTokenIssuer issuer) : AuthService.AuthServiceBase
{
    [EnableRateLimiting(RateLimits.SignIn)]
    public override async Task<SignInResponse> SignIn(SignInRequest request, ServerCallContext context)
    {
        var account = await accounts.VerifyStaffAsync(request.Username, request.Password, context.CancellationToken);
        var (token, expires) = issuer.Issue(account.Id, account.Username, account.Role);
        return new SignInResponse { AccessToken = token, ExpiresAt = Timestamp.FromDateTimeOffset(expires), Role = account.Role };
    }
}
