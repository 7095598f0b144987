namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>Why a check-in was flagged, by the rule that flagged it.</summary>
public enum FlagKind
{
    /// <summary>R9: checked in before 48 h of recovery.</summary>
    TooSoon,

    /// <summary>R9: over the weekly cap of combined sessions.</summary>
    TooOften,

    /// <summary>R8: a beginner or intermediate attempting the combined day.</summary>
    NotSuited,

    /// <summary>R10: under 7 h of sleep.</summary>
    ShortSleep,
}
