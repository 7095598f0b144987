using BackLegKiosk.Server;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Grpc;
using CsCheck;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Fuzz;

/// <summary>
/// The real server on 127.0.0.1 over a fresh SQLite folder, driven through every RPC it maps (read from
/// its endpoints and the protobuf descriptors, never from a list) with generated messages and headers.
/// Passes when no answer is UNKNOWN or INTERNAL, no call fails outside gRPC, health stays SERVING, the
/// database passes its integrity check and the rows it started with keep their identity and secrets.
/// </summary>
internal static class FuzzRun
{
    private const int Threads = 8;
    private static int _shown;
    private static readonly Marshaller<byte[]> Raw = Marshallers.Create(bytes => bytes, bytes => bytes);

    public static async Task<int> RunAsync(int inputs)
    {
        var folder = Path.Combine(Path.GetTempPath(), "backleg-fuzz", Guid.NewGuid().ToString("N"));
        try
        {
            await using var app = await ServerSetup.StartOnLoopbackAsync(folder, port: 0, configure: Unlimited);
            using var channel = GrpcChannel.ForAddress(app.ListeningAddress(), new GrpcChannelOptions { MaxSendMessageSize = null, MaxReceiveMessageSize = null });
            var seed = await FuzzSeed.PlantAsync(app.Services, channel);
            var before = await FuzzSeed.SnapshotAsync(app.Services);
            var targets = Targets(app);
            if (targets.Uncovered.Count > 0)
            {
                Console.WriteLine($"not covered (no descriptor for a mapped RPC): {string.Join(", ", targets.Uncovered)}");
                return 1;
            }

            Console.WriteLine($"fuzz: {targets.Methods.Count} RPCs, {inputs:N0} inputs, {Threads} at a time, server {app.ListeningAddress()}");
            var tally = new Tally(targets.Methods.Count, inputs);
            var messages = new MessageGen(seed.KnownStrings);
            var bodies = targets.Methods.Select(m => messages.For(m.Input)).ToArray();
            var input = Gen.Select(
                Gen.Int[0, targets.Methods.Count - 1].SelectMany(i => bodies[i].Select(body => (Method: i, Body: body))),
                Gen.Int[0, seed.HeaderSets - 1]);
            var invoker = channel.CreateCallInvoker();
            await input.SampleAsync(
                async (call, headers) => tally.Record(call.Method, await CallAsync(invoker, targets.Methods[call.Method], call.Body, seed.Headers(headers))),
                iter: inputs,
                threads: Threads);

            var health = (await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest())).Status;
            var after = await FuzzSeed.SnapshotAsync(app.Services);
            var integrity = await IntegrityAsync(app.Services);
            tally.Print(targets.Methods.Select(m => m.FullName).ToList());
            Console.WriteLine($"health: {health}, integrity: {integrity}, seeded rows unchanged: {before == after}");
            Console.WriteLine($"inputs: {tally.Inputs}, unknown/internal: {tally.UnknownOrInternal}, crashes: {tally.Crashes}");
            return tally.UnknownOrInternal == 0 && tally.Crashes == 0 && tally.EveryMethodReached
                && health == HealthCheckResponse.Types.ServingStatus.Serving && integrity == "ok" && before == after ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Guessing limits would answer most inputs before they reach validation; the fuzz run is about what lies behind them.</summary>
    private static void Unlimited(WebApplicationBuilder builder)
    {
        builder.Configuration["BackLeg:CheckInsPerMinute"] = "100000";
        builder.Configuration["BackLeg:SignInsPerMinute"] = "100000";
    }

    /// <summary>Every gRPC method the server maps, with the descriptor of its request; a mapped method with none is reported.</summary>
    private static (List<Target> Methods, List<string> Uncovered) Targets(WebApplication app)
    {
        var mapped = ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(d => d.Endpoints)
            .Select(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method)
            .OfType<IMethod>()
            .DistinctBy(m => m.FullName)
            .ToList();
        var targets = new List<Target>();
        var uncovered = new List<string>();
        foreach (var method in mapped)
        {
            if (RequestDescriptors.Service(method.ServiceName)?.FindMethodByName(method.Name) is { } descriptor)
            {
                targets.Add(new Target(method.FullName, new Method<byte[], byte[]>(method.Type, method.ServiceName, method.Name, Raw, Raw), descriptor.InputType));
            }
            else
            {
                uncovered.Add(method.FullName);
            }
        }

        return ([.. targets.OrderBy(t => t.FullName, StringComparer.Ordinal)], uncovered);
    }

    /// <summary>One call as a client would make it; the answer's status, or null when something other than gRPC failed.</summary>
    private static async Task<StatusCode?> CallAsync(CallInvoker invoker, Target target, byte[] body, Metadata headers)
    {
        // Streams that follow live data never end by themselves: a short deadline ends them.
        var deadline = TimeProvider.System.GetUtcNow().UtcDateTime + (target.Method.Type == MethodType.Unary ? TimeSpan.FromSeconds(30) : TimeSpan.FromMilliseconds(200));
        var options = new CallOptions(headers, deadline);
        try
        {
            switch (target.Method.Type)
            {
                case MethodType.Unary:
                    await invoker.AsyncUnaryCall(target.Method, null, options, body);
                    break;
                case MethodType.ServerStreaming:
                    using (var call = invoker.AsyncServerStreamingCall(target.Method, null, options, body))
                    {
                        while (await call.ResponseStream.MoveNext(CancellationToken.None))
                        {
                        }
                    }

                    break;
                default:
                    using (var call = invoker.AsyncDuplexStreamingCall(target.Method, null, options))
                    {
                        await call.RequestStream.WriteAsync(body);
                        await call.RequestStream.CompleteAsync();
                        while (await call.ResponseStream.MoveNext(CancellationToken.None))
                        {
                        }
                    }

                    break;
            }

            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            if (ex.StatusCode is StatusCode.Unknown or StatusCode.Internal && Interlocked.Increment(ref _shown) <= 20)
            {
                Console.WriteLine($"{target.FullName}: {ex.StatusCode}: {ex.Status.Detail}");
            }

            return ex.StatusCode;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Console.WriteLine($"crash in {target.FullName}: {ex.GetType().Name}: {ex.Message}");
            return null;
        }
    }

    private static async Task<string> IntegrityAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackLegDbContext>();
        return string.Join("; ", await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync());
    }

    private sealed record Target(string FullName, Method<byte[], byte[]> Method, MessageDescriptor Input);
}
