using System.Globalization;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace BackLegKiosk.Server;

/// <summary>
/// The server's two Kestrel endpoints, named in configuration (<c>Kestrel:Endpoints:Grpc</c> and
/// <c>Kestrel:Endpoints:Dashboard</c>): gRPC over plain HTTP needs HTTP/2 without TLS, which browsers do
/// not speak, so the staff dashboard has an HTTP/1.1 endpoint of its own. Holds the bound addresses
/// (https when the endpoint is), port 0 resolved.
/// </summary>
public sealed class ServerEndpoints
{
    public const string GrpcName = "Grpc";
    public const string DashboardName = "Dashboard";

    internal (ListenOptions Listen, bool Tls)? Grpc { get; set; }

    internal (ListenOptions Listen, bool Tls)? Dashboard { get; set; }

    /// <summary>The gRPC address, once the server has started.</summary>
    public string GrpcAddress => Address(Grpc, GrpcName);

    /// <summary>The staff dashboard's address, once the server has started.</summary>
    public string DashboardAddress => Address(Dashboard, DashboardName);

    /// <summary>
    /// Whether this listener serves this kind of request: the gRPC port only gRPC, the dashboard port
    /// only pages. An operator who opens just the gRPC port to the gym floor then opens no sign-in page
    /// there. Requests that came through no known listener (an in-memory test host) pass.
    /// </summary>
    public bool Serves(HttpContext context)
    {
        var port = context.Connection.LocalPort;
        var grpc = context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
        return Grpc?.Listen.IPEndPoint?.Port == port ? grpc
            : Dashboard?.Listen.IPEndPoint?.Port != port || !grpc;
    }

    private static string Address((ListenOptions Listen, bool Tls)? endpoint, string name) =>
        endpoint?.Listen.IPEndPoint is { } bound
            ? string.Create(CultureInfo.InvariantCulture, $"{(endpoint.Value.Tls ? "https" : "http")}://{(bound.Address.Equals(System.Net.IPAddress.Any) ? "127.0.0.1" : bound.Address.ToString())}:{bound.Port}")
            : throw new InvalidOperationException($"The {name} endpoint is not configured (Kestrel:Endpoints:{name}:Url) or the server has not started.");
}
