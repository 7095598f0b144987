namespace BackLegKiosk.Kiosk.Core;

/// <summary>
/// The kiosk's wall clock set by the server's: the sync agent measures the difference at every heartbeat,
/// so facts carry the gym's time even when the kiosk's own clock is an hour off. Intervals (the rest
/// timer, backoff) keep running on the local clock, which a correction must not make jump.
/// </summary>
public sealed class ServerAlignedClock(TimeProvider local) : TimeProvider
{
    private long _offsetTicks;

    /// <summary>How far the server's clock is ahead of this kiosk's.</summary>
    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    /// <summary>Sets the offset from the server's time read just now.</summary>
    public void Align(DateTimeOffset serverTime) => Offset = serverTime - local.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => local.GetUtcNow() + Offset;

    public override long GetTimestamp() => local.GetTimestamp();

    public override long TimestampFrequency => local.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => local.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        local.CreateTimer(callback, state, dueTime, period);
}
