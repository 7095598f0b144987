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

        // The kiosk asks the server's batch limit first; that call answers so a push can be in flight.
        var channel = new UnansweredChannel(answered: pendingFacts > 0 ? "Heartbeat" : null);
        var agent = new SyncAgent(outbox, new KioskTransport(channel, "device-key", TimeProvider.System), TimeProvider.System);
        agent.Start();
        Assert.Equal(call, await channel.FirstCall.WaitAsync(TestContext.Current.CancellationToken));

        await agent.DisposeAsync();

        Assert.Equal(pendingFacts, await outbox.PendingCountAsync());
    }

    [Fact]
    public async Task DisposeAsync_Twice_IsHarmless()
    {
        using var outbox = new Outbox(_path);
        var agent = new SyncAgent(outbox, new KioskTransport(new UnansweredChannel(), "device-key", TimeProvider.System), TimeProvider.System);
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
    /// A server that never answers, except with an empty response to the one method named. A call cancelled by its caller ends the way Grpc.Net.Client ends it,
    /// in RpcException(Cancelled) rather than OperationCanceledException.
    /// </summary>
    private sealed class UnansweredChannel(string? answered = null) : ChannelBase("unanswered")
    {
        private readonly TaskCompletionSource<string> _firstCall = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> FirstCall => _firstCall.Task;

        public override CallInvoker CreateCallInvoker() => new Invoker(_firstCall, answered);

        private sealed class Invoker(TaskCompletionSource<string> firstCall, string? answered) : CallInvoker
        {
            public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
            {
                if (method.Name == answered)
                {
                    var empty = Activator.CreateInstance<TResponse>();
                    return new AsyncUnaryCall<TResponse>(Task.FromResult(empty), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
                }

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
