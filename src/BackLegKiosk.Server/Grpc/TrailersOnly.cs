using Grpc.Core;

namespace BackLegKiosk.Server.Grpc;

/// <summary>
/// Answers a gRPC call from middleware, before any service runs: a trailers-only response, the status
/// and its metadata in the headers of an empty 200, which every gRPC client reads as the call's status.
/// </summary>
public static class TrailersOnly
{
    public static void Refuse(HttpResponse response, StatusCode status, string message, string trailer, string value)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = message;
        response.Headers[trailer] = value;
    }
}
