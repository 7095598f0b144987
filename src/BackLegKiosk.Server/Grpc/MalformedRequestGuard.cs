using System.Buffers.Binary;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Grpc.Core;

namespace BackLegKiosk.Server.Grpc;

/// <summary>
/// A request body that is not the method's message (bad bytes, a broken frame) would fail inside
/// grpc-dotnet's own deserializer, before any interceptor, and come back as UNKNOWN. This reads the one
/// request message of a unary or server-streaming call first and answers INVALID_ARGUMENT naming
/// <c>request</c> instead. It runs after authorization, so an anonymous caller still learns only that.
/// </summary>
public sealed class MalformedRequestGuard(RequestDelegate next)
{
    private const int FrameHeader = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method is { Type: MethodType.Unary or MethodType.ServerStreaming } method
            && RequestDescriptors.InputOf(method.ServiceName, method.Name) is { } input)
        {
            context.Request.EnableBuffering(ServerSetup.MaxMessageBytes + FrameHeader);
            var problem = await ProblemAsync(context.Request.Body, input, context.RequestAborted);
            context.Request.Body.Position = 0;
            if (problem is not null)
            {
                TrailersOnly.Refuse(context.Response, StatusCode.InvalidArgument, $"request: {problem}", FailureInterceptor.FieldTrailer, "request");
                return;
            }
        }

        await next(context);
    }

    /// <summary>
    /// What is wrong with the body as one message of this type; null when nothing, or when gRPC answers it
    /// better (compressed, or over the size limit: only the frame header is read then, never the body).
    /// </summary>
    private static async Task<string?> ProblemAsync(Stream body, MessageDescriptor input, CancellationToken cancellationToken)
    {
        var header = new byte[FrameHeader];
        if (await body.ReadAtLeastAsync(header, FrameHeader, throwOnEndOfStream: false, cancellationToken) < FrameHeader)
        {
            return "not a complete gRPC message";
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(1));
        if (header[0] != 0 || length > ServerSetup.MaxMessageBytes)
        {
            return null;
        }

        // One byte more than the frame says, to tell a body with something after the message.
        var message = new byte[length + 1];
        var read = await body.ReadAtLeastAsync(message, message.Length, throwOnEndOfStream: false, cancellationToken);
        if (read != length)
        {
            return "not one complete gRPC message";
        }

        try
        {
            input.Parser.ParseFrom(message, 0, (int)length);
            return null;
        }
        catch (InvalidProtocolBufferException)
        {
            return $"not a valid {input.Name} message";
        }
    }
}
