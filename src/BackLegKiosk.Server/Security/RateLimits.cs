using System.Net;
using System.Threading.RateLimiting;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Grpc;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Security;

/// <summary>
/// ASP.NET Core rate limiting where guessing is cheap to send and dear to answer: check-ins per device key
/// (a PIN guess each) and staff sign-ins per client address (a PBKDF2 hash each). The limiter runs before
/// authentication, so a refused attempt costs no hash and touches no member's row, only its counter, which
/// lives in the store (<see cref="StoreWindowLimiter"/>) so that replicas behind a load balancer share one
/// limit. A refused gRPC call gets RESOURCE_EXHAUSTED with a retry-after trailer; a refused sign-in form
/// gets 429 with Retry-After.
/// </summary>
public static class RateLimits
{
    public const string CheckIn = "check-in";
    public const string SignIn = "sign-in";

    public static IServiceCollection AddBackLegRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(CheckIn, http => PerMinute(
                http,
                $"{CheckIn}:{DeviceKeyId(http.Request.Headers[Contracts.KioskHeaders.DeviceKey].ToString())}",
                Settings(http).CheckInsPerMinute));
            limiter.AddPolicy(SignIn, http => HttpMethods.IsPost(http.Request.Method)
                ? PerMinute(http, $"{SignIn}:{http.Connection.RemoteIpAddress ?? IPAddress.None}", Settings(http).SignInsPerMinute)
                : RateLimitPartition.GetNoLimiter(string.Empty));
            limiter.OnRejected = RejectAsync;
        });

    /// <summary>
    /// The kiosk id part of a device key: a forged secret still counts against the kiosk it names. Cut to
    /// a counter key's length, so a made-up header cannot make an outsized row.
    /// </summary>
    private static string DeviceKeyId(string deviceKey)
    {
        var id = deviceKey.Split('.', 2)[0];
        return id.Length <= 64 ? id : id[..64];
    }

    private static ServerOptions Settings(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<ServerOptions>>().Value;

    private static RateLimitPartition<string> PerMinute(HttpContext http, string key, int permits) =>
        RateLimitPartition.Get(key, k => new StoreWindowLimiter(
            k,
            permits,
            TimeSpan.FromMinutes(1),
            http.RequestServices.GetRequiredService<IDbContextFactory<BackLegDbContext>>(),
            http.RequestServices.GetRequiredService<TimeProvider>()));

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = FailureInterceptor.Seconds(wait);
        var message = $"Too many attempts; try again in {seconds} s.";
        var response = rejected.HttpContext.Response;
        if (rejected.HttpContext.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true)
        {
            TrailersOnly.Refuse(response, global::Grpc.Core.StatusCode.ResourceExhausted, message, Contracts.CallTrailers.RetryAfter, seconds);
            return;
        }

        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds;
        await response.WriteAsync(message, cancellationToken);
    }
}
