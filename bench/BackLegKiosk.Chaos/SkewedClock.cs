namespace BackLegKiosk.Chaos;

/// <summary>A kiosk whose wall clock is wrong by a fixed amount; intervals still run true.</summary>
internal sealed class SkewedClock(TimeSpan skew) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + skew;
}
