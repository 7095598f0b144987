using Grpc.Core;

namespace BackLegKiosk.Kiosk.Core;

internal static class StopSignal
{
    /// <summary>
    /// Whether <paramref name="ex"/> is only the token's own cancellation arriving: a gRPC call cut
    /// short by its caller ends in RpcException(Cancelled), not OperationCanceledException.
    /// </summary>
    public static bool IsStopBy(this Exception ex, CancellationToken token) =>
        token.IsCancellationRequested && ex is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled };
}
