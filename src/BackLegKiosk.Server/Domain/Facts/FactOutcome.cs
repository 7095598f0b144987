namespace BackLegKiosk.Server.Domain.Facts;

/// <summary>What became of one pushed fact.</summary>
public enum FactOutcome
{
    /// <summary>Stored and counted as the device said.</summary>
    Accepted,

    /// <summary>Already stored under the same id: a replay, which changes nothing.</summary>
    Duplicate,

    /// <summary>Refused; the verdict names the part of the fact and why.</summary>
    Rejected,

    /// <summary>Stored, but the session already had a live set in the same slot and set number, so it replaces that one.</summary>
    SettledAsCorrection,
}
