using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Training.Planning;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace BackLegKiosk.Server.Grpc;

/// <summary>
/// Turns the domain's failures into precise gRPC statuses in one place, so services stay thin and no
/// bad input ever surfaces as UNKNOWN. Messages name fields, never the values (no PIN or health datum).
/// </summary>
public sealed class FailureInterceptor : Interceptor
{
    public const string FieldTrailer = "invalid-field";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (Map(ex) is { } rpc)
        {
            throw rpc;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (Map(ex) is { } rpc)
        {
            throw rpc;
        }
    }

    // A streamed request message is parsed when the service reads it, inside this interceptor (a unary
    // or server-streaming one is checked before, by MalformedRequestGuard).
    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception ex) when (Map(ex) is { } rpc)
        {
            throw rpc;
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception ex) when (Map(ex) is { } rpc)
        {
            throw rpc;
        }
    }

    private static RpcException? Map(Exception ex) => ex switch
    {
        Google.Protobuf.InvalidProtocolBufferException => Invalid("request", "request: not a valid message"),
        InvalidFieldException e => Invalid(e.Field, e.Message),
        TrainingInputException e => Invalid(FieldNames.ToProto(e.Errors[0].Field), FieldNames.ToProto(e.Message)),
        NotFoundException e => new RpcException(new Status(StatusCode.NotFound, e.Message)),
        ConflictException e => new RpcException(new Status(StatusCode.AlreadyExists, e.Message)),
        WrongStateException e => new RpcException(new Status(StatusCode.FailedPrecondition, e.Message)),
        DeniedException e => new RpcException(new Status(StatusCode.PermissionDenied, e.Message)),
        NotAuthenticatedException e => new RpcException(new Status(StatusCode.Unauthenticated, e.Message)),
        BusyException e => new RpcException(new Status(StatusCode.ResourceExhausted, e.Message), RetryAfter(e.RetryAfter)),
        _ => null,
    };

    /// <summary>The trailer that tells a refused client how long to wait, in whole seconds (at least 1).</summary>
    public static Metadata RetryAfter(TimeSpan wait) => new() { { Contracts.CallTrailers.RetryAfter, Seconds(wait) } };

    public static string Seconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static RpcException Invalid(string field, string message) =>
        new(new Status(StatusCode.InvalidArgument, message), new Metadata { { FieldTrailer, field } });
}
