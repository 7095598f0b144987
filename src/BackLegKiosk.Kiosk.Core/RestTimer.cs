using CommunityToolkit.Mvvm.ComponentModel;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>
/// The rest countdown. It keeps the instant the rest ends, not a running count, so it never drifts
/// against the clock however late its ticks arrive; time comes from a <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class RestTimer : ObservableObject, IDisposable
{
    /// <summary>How often the remaining time is refreshed for the screen.</summary>
    public static readonly TimeSpan TickInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>What "+30 s" adds.</summary>
    public static readonly TimeSpan Extension = TimeSpan.FromSeconds(30);

    private readonly TimeProvider _time;
    private ITimer? _ticker;
    private DateTimeOffset _endsAt;

    public RestTimer(TimeProvider time) => _time = time;

    /// <summary>Raised once when a rest runs out (not when it is skipped): the head shows and sounds it.</summary>
    public event EventHandler? Ended;

    /// <summary>Time left, never negative, read from the clock (ticks only tell the screen to look again).</summary>
    public TimeSpan Remaining
    {
        get
        {
            var left = IsRunning ? _endsAt - _time.GetUtcNow() : TimeSpan.Zero;
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>The rest's full length, for a progress ring.</summary>
    [ObservableProperty]
    public partial TimeSpan Length { get; private set; }

    [ObservableProperty]
    public partial bool IsRunning { get; private set; }

    /// <summary>True from the moment a rest runs out until the next one starts.</summary>
    [ObservableProperty]
    public partial bool HasEnded { get; private set; }

    /// <summary>Whole seconds left, rounded up, as the screen shows them.</summary>
    public int SecondsLeft => (int)Math.Ceiling(Remaining.TotalSeconds);

    public void Start(TimeSpan length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, TimeSpan.Zero);
        _endsAt = _time.GetUtcNow() + length;
        Length = length;
        HasEnded = false;
        IsRunning = true;
        _ticker ??= _time.CreateTimer(_ => Tick(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _ticker.Change(TickInterval, TickInterval);
        Tick();
    }

    /// <summary>Adds 30 seconds to the rest in progress (or starts a 30-second one after it ended).</summary>
    public void AddThirtySeconds()
    {
        if (!IsRunning)
        {
            Start(Extension);
            return;
        }

        _endsAt += Extension;
        Length += Extension;
        Tick();
    }

    /// <summary>Ends the rest now, without the end signal: the member chose to go on.</summary>
    public void Skip() => Stop(signal: false);

    public void Dispose() => _ticker?.Dispose();

    private void Tick()
    {
        if (!IsRunning)
        {
            return;
        }

        OnPropertyChanged(nameof(Remaining));
        OnPropertyChanged(nameof(SecondsLeft));
        if (_endsAt <= _time.GetUtcNow())
        {
            Stop(signal: true);
        }
    }

    private void Stop(bool signal)
    {
        _ticker?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        IsRunning = false;
        OnPropertyChanged(nameof(Remaining));
        OnPropertyChanged(nameof(SecondsLeft));
        if (signal)
        {
            HasEnded = true;
            Ended?.Invoke(this, EventArgs.Empty);
        }
    }
}
