using Grpc.Core;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>Stopping the sync agent (the kiosk shutting down) while one of its calls waits on the server.</summary>
public sealed class SyncAgentStopTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "backleg-outbox-tests", $"{Guid.NewGuid():N}.db");

    [Theory]
    [InlineData(0, "Heartbeat")]
    [InlineData(1, "PushFacts")]
    public async Task DisposeAsync_WhileACallIsInFlight_EndsQuietly(int pendingFacts, string call)
    {
        using var outbox = new Outbox(_path);
        for (var i = 0; i < pendingFacts; i++)
        {
            await outbox.AddAsync(OutboxTests.NewFact(), "token");
        }

        var channel = new UnansweredChannel();
        var agent = new SyncAgent(outbox, channel, "device-key", TimeProvider.System);
        agent.Start();
        Assert.Equal(call, await channel.FirstCall.WaitAsync(TestContext.Current.CancellationToken));

        await agent.DisposeAsync();

        Assert.Equal(pendingFacts, await outbox.PendingCountAsync());
    }

    [Fact]
    public async Task DisposeAsync_Twice_IsHarmless()
    {
        using var outbox = new Outbox(_path);
        var agent = new SyncAgent(outbox, new UnansweredChannel(), "device-key", TimeProvider.System);
        agent.Start();

        await agent.DisposeAsync();
        await agent.DisposeAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    /// <summary>
    /// A server that never answers. A call cancelled by its caller ends the way Grpc.Net.Client ends it,
    /// in RpcException(Cancelled) rather than OperationCanceledException.
    /// </summary>
    private sealed class UnansweredChannel() : ChannelBase("unanswered")
    {
        private readonly TaskCompletionSource<string> _firstCall = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> FirstCall => _firstCall.Task;

        public override CallInvoker CreateCallInvoker() => new Invoker(_firstCall);

        private sealed class Invoker(TaskCompletionSource<string> firstCall) : CallInvoker
        {
            public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
            {
                firstCall.TrySetResult(method.Name);
                var response = Task.Delay(Timeout.Infinite, options.CancellationToken)
                    .ContinueWith<TResponse>(_ => throw new RpcException(new Status(StatusCode.Cancelled, "Call canceled by the client.")), TaskScheduler.Default);
                return new AsyncUnaryCall<TResponse>(response, Task.FromResult(new Metadata()), () => Status.DefaultCancelled, () => [], () => { });
            }

            public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
                throw new NotSupportedException();

            public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
                throw new NotSupportedException();

            public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
                throw new NotSupportedException();

            public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
                throw new NotSupportedException();
        }
    }
}
