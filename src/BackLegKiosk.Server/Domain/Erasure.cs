namespace BackLegKiosk.Server.Domain;

/// <summary>What erasing a member removed: every check-in, every session, and the working sets that counted.</summary>
public sealed record Erasure(int CheckIns, int Sessions, int Sets)
{
    /// <summary>As staff read it, on the dashboard and at the command line.</summary>
    public string Summary => $"{CheckIns} check-ins, {Sessions} sessions and {Sets} sets removed; the usage charts keep them only as hourly counts.";
}
