using Microsoft.Extensions.Time.Testing;

namespace BackLegKiosk.Kiosk.Core.Tests;

public class RestTimerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 18, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Start_CountsDownAndSignalsTheEndOnce()
    {
        using var timer = new RestTimer(_clock);
        var ended = 0;
        timer.Ended += (_, _) => ended++;

        timer.Start(TimeSpan.FromSeconds(90));
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(60, timer.SecondsLeft);
        Assert.True(timer.IsRunning);

        _clock.Advance(TimeSpan.FromSeconds(60));
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(1, ended);
        Assert.True(timer.HasEnded);
        Assert.False(timer.IsRunning);
        Assert.Equal(TimeSpan.Zero, timer.Remaining);
    }

    [Fact]
    public void Remaining_DoesNotDriftWhateverTheTickTiming()
    {
        using var timer = new RestTimer(_clock);
        timer.Start(TimeSpan.FromSeconds(120));

        // Irregular steps, none a multiple of the tick interval.
        foreach (var ms in new[] { 333, 1_017, 4_999, 12_345, 7 })
        {
            _clock.Advance(TimeSpan.FromMilliseconds(ms));
        }

        Assert.Equal(TimeSpan.FromSeconds(120) - TimeSpan.FromMilliseconds(333 + 1_017 + 4_999 + 12_345 + 7), timer.Remaining);
    }

    [Fact]
    public void AddThirtySeconds_ExtendsTheRestInProgress()
    {
        using var timer = new RestTimer(_clock);
        timer.Start(TimeSpan.FromSeconds(60));
        _clock.Advance(TimeSpan.FromSeconds(50));

        timer.AddThirtySeconds();

        Assert.Equal(40, timer.SecondsLeft);
        Assert.Equal(TimeSpan.FromSeconds(90), timer.Length);
    }

    [Fact]
    public void Skip_EndsWithoutTheSignal()
    {
        using var timer = new RestTimer(_clock);
        var ended = 0;
        timer.Ended += (_, _) => ended++;
        timer.Start(TimeSpan.FromSeconds(60));

        timer.Skip();
        _clock.Advance(TimeSpan.FromSeconds(120));

        Assert.Equal(0, ended);
        Assert.False(timer.IsRunning);
        Assert.False(timer.HasEnded);
    }

    [Fact]
    public void SecondsLeft_RaisesPropertyChangedForTheScreen()
    {
        using var timer = new RestTimer(_clock);
        var changes = new List<string?>();
        timer.PropertyChanged += (_, e) => changes.Add(e.PropertyName);

        timer.Start(TimeSpan.FromSeconds(10));
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Contains(nameof(RestTimer.SecondsLeft), changes);
    }
}
