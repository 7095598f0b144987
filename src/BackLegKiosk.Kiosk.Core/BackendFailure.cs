namespace BackLegKiosk.Kiosk.Core;

/// <summary>Why a call to the server did not give the screen what it asked for.</summary>
public enum BackendFailure
{
    /// <summary>The server did not answer (down, network cut); what the member logged is safe in the outbox.</summary>
    Unreachable,

    /// <summary>The server took too long.</summary>
    TimedOut,

    /// <summary>Member code or PIN is wrong, or the member is unknown or locked: one answer for all three.</summary>
    WrongCredentials,

    /// <summary>The member's check-in ended; they check in again.</summary>
    CheckInEnded,

    /// <summary>The server said no, with a reason a member can read (not today, a bad value, too many tries: wait and retry).</summary>
    Refused,
}
