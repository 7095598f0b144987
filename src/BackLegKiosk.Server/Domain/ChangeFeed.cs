using System.Collections.Concurrent;
using System.Threading.Channels;

namespace BackLegKiosk.Server.Domain;

/// <summary>
/// Fan-out of changes to this process's watchers (session watch streams, the live dashboard). Watchers
/// re-read the store after a signal, so a dropped signal only delays them until their next poll. With
/// several replicas a relay (<see cref="Data.PostgresChangeRelay"/>) carries this replica's changes to
/// the others through <see cref="Outbound"/> and hands theirs in through <see cref="Deliver"/>.
/// </summary>
public sealed class ChangeFeed
{
    /// <summary>How long a burst of changes settles before a page that reloads everything does so.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<Channel<Change>, byte> _subscribers = new();
    private readonly Channel<Change> _outbound = Channel.CreateBounded<Change>(new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private volatile bool _relayed;

    /// <summary>A change made by this replica: to its own watchers, and to the relay if one runs.</summary>
    public void Publish(Change change)
    {
        Deliver(change);
        if (_relayed)
        {
            _outbound.Writer.TryWrite(change);
        }
    }

    /// <summary>A change heard from another replica: to this replica's watchers only, so it is never relayed back.</summary>
    public void Deliver(Change change)
    {
        foreach (var subscriber in _subscribers.Keys)
        {
            subscriber.Writer.TryWrite(change);
        }
    }

    /// <summary>This replica's changes from now on, for the one relay; a full relay drops the oldest (watchers then poll).</summary>
    public ChannelReader<Change> Outbound()
    {
        _relayed = true;
        return _outbound.Reader;
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

        /// <summary>
        /// Waits for a change accepted by <paramref name="filter"/>, or the timeout; false on timeout. A
        /// change that wakes the watcher takes every change already waiting with it: the watcher re-reads
        /// the store, which covers them all, so a burst wakes it once, not once per change.
        /// </summary>
        public async Task<bool> WaitAsync(Func<Change, bool> filter, TimeSpan timeout, CancellationToken cancellationToken)
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timer.CancelAfter(timeout);
            try
            {
                while (await channel.Reader.WaitToReadAsync(timer.Token))
                {
                    var woken = false;
                    while (channel.Reader.TryRead(out var change))
                    {
                        woken |= filter(change);
                    }

                    if (woken)
                    {
                        return true;
                    }
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return false;
            }

            return false;
        }

        /// <summary>
        /// For pages that reload everything: waits for any change (or the timeout), then lets the burst it
        /// began settle for <see cref="Quiet"/> and takes what arrived meanwhile too, so a page reloads at
        /// most once per <see cref="Quiet"/> however many changes are published.
        /// </summary>
        public async Task WaitForBurstAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            if (await WaitAsync(_ => true, timeout, cancellationToken))
            {
                await Task.Delay(Quiet, cancellationToken);
                while (channel.Reader.TryRead(out _))
                {
                    // Covered by the reload that follows.
                }
            }
        }

        public void Dispose() => feed._subscribers.TryRemove(channel, out _);
    }
}
