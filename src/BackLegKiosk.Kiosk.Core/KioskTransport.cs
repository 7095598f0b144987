using BackLegKiosk.Contracts.V1;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>
/// The kiosk's one gRPC client stack, shared by the screens' calls and the sync agent: one channel,
/// and one interceptor that puts the device key, the member's check-in token and a deadline on each call.
/// </summary>
public sealed class KioskTransport(CallInvoker invoker, string deviceKey, TimeProvider time)
{
    /// <summary>How long a unary call may take before the kiosk treats the server as away.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromSeconds(10);

    public KioskTransport(ChannelBase channel, string deviceKey, TimeProvider time)
        : this(channel.CreateCallInvoker(), deviceKey, time)
    {
    }

    /// <summary>
    /// The kiosk's channel to the server: HTTP/2 pings find a connection the floor network dropped without
    /// a word (a pulled cable, a Wi-Fi roam) within a minute, and a short connect timeout lets the outbox
    /// go on working instead of waiting for an address that does not answer. Over https with a
    /// <paramref name="pinnedFingerprint"/> (SHA-256 of the server's certificate, hex), the server is
    /// trusted only if it presents exactly that certificate, whoever signed it; without one, as the
    /// system's certificate store says.
    /// </summary>
    public static GrpcChannel Channel(string address, string? pinnedFingerprint = null)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(2),
            KeepAlivePingDelay = TimeSpan.FromSeconds(30),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(20),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.Always,
            EnableMultipleHttp2Connections = true,
        };
        if (!string.IsNullOrWhiteSpace(pinnedFingerprint))
        {
            var pinned = pinnedFingerprint.Replace(":", string.Empty, StringComparison.Ordinal).Trim();
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && string.Equals(
                    Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(certificate.GetRawCertData())), pinned, StringComparison.OrdinalIgnoreCase);
        }

        return GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = handler });
    }

    /// <summary>Kiosk calls, made for the member of <paramref name="checkInToken"/> or, when null, for the device alone.</summary>
    public KioskService.KioskServiceClient Kiosk(string? checkInToken = null) => new(For(checkInToken));

    /// <summary>Sync calls, always made for a check-in.</summary>
    public SyncService.SyncServiceClient Sync(string checkInToken) => new(For(checkInToken));

    private CallInvoker For(string? checkInToken) => invoker.Intercept(new CallHeaders(deviceKey, checkInToken, time, Deadline));

    private sealed class CallHeaders(string deviceKey, string? checkInToken, TimeProvider time, TimeSpan deadline) : Interceptor
    {
        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
            TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation) =>
            continuation(request, With(context, time.GetUtcNow().UtcDateTime + deadline));

        // A stream has no deadline: it lives as long as the member's session is on screen.
        public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
            TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
            continuation(request, With(context, null));

        private ClientInterceptorContext<TRequest, TResponse> With<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context, DateTime? deadline)
            where TRequest : class
            where TResponse : class
        {
            var headers = new Metadata { { Contracts.KioskHeaders.DeviceKey, deviceKey } };
            if (checkInToken is not null)
            {
                headers.Add(Contracts.KioskHeaders.CheckInToken, checkInToken);
            }

            var options = context.Options.WithHeaders(headers);
            return new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, deadline is null ? options : options.WithDeadline(deadline.Value));
        }
    }
}
