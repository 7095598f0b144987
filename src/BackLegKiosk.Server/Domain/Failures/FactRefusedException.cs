namespace BackLegKiosk.Server.Domain.Failures;

/// <summary>A fact the server made itself (a completion) was refused; the edge names the part in its own words.</summary>
public sealed class FactRefusedException(Facts.FactPart part, string reason) : Exception(reason)
{
    public Facts.FactPart Part { get; } = part;

    public string Reason { get; } = reason;
}
