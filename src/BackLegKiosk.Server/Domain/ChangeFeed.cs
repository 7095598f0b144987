using System.Collections.Concurrent;
using System.Threading.Channels;

namespace BackLegKiosk.Server.Domain;

/// <summary>
/// In-process fan-out of changes to watchers (session watch streams, the live dashboard). Watchers
/// re-read the store after a signal, so a dropped signal only delays them until their next poll.
/// </summary>
public sealed class ChangeFeed
{
    private readonly ConcurrentDictionary<Channel<Change>, byte> _subscribers = new();

    public void Publish(Change change)
    {
        foreach (var subscriber in _subscribers.Keys)
        {
            subscriber.Writer.TryWrite(change);
        }
    }

    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<Change>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        _subscribers.TryAdd(channel, 0);
        return new Subscription(channel, this);
    }

    public sealed class Subscription(Channel<Change> channel, ChangeFeed feed) : IDisposable
    {
        public ChannelReader<Change> Reader => channel.Reader;

        /// <summary>Waits for a change accepted by <paramref name="filter"/>, or the timeout; false on timeout.</summary>
        public async Task<bool> WaitAsync(Func<Change, bool> filter, TimeSpan timeout, CancellationToken cancellationToken)
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timer.CancelAfter(timeout);
            try
            {
                while (await channel.Reader.WaitToReadAsync(timer.Token))
                {
                    while (channel.Reader.TryRead(out var change))
                    {
                        if (filter(change))
                        {
                            return true;
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return false;
            }

            return false;
        }

        public void Dispose() => feed._subscribers.TryRemove(channel, out _);
    }
}
