namespace BackLegKiosk.Training.Sets;

/// <summary>The facts that decide which sets of a session count.</summary>
public enum SetFactKind
{
    /// <summary>A set done.</summary>
    Logged,

    /// <summary>A set that replaces the one it targets.</summary>
    Corrected,

    /// <summary>Takes the set it targets out of the count.</summary>
    Voided,
}
