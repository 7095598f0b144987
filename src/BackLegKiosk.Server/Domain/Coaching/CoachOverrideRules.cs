namespace BackLegKiosk.Server.Domain.Coaching;

/// <summary>What an override's reason must be: long enough to mean something, short enough to show in a row.</summary>
public static class CoachOverrideRules
{
    public const int MinReason = 3;

    public const int MaxReason = 200;
}
