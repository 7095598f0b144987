namespace BackLegKiosk.Kiosk.Core;

/// <summary>The screens a member moves through.</summary>
public enum KioskScreen
{
    /// <summary>Idle: invites the next member; shows no one's data.</summary>
    Attract,

    /// <summary>Member code, PIN and sleep.</summary>
    CheckIn,

    /// <summary>Go, go with warnings, or not today with the hours left.</summary>
    Readiness,

    /// <summary>The superset, the set to do now, the rest timer.</summary>
    Workout,

    /// <summary>Planned against done, and recovery advice.</summary>
    Summary,

    /// <summary>The session moved to the member's phone; the kiosk is about to forget them.</summary>
    HandedOff,
}
