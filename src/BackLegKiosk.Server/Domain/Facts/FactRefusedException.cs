namespace BackLegKiosk.Server.Domain.Facts;

/// <summary>A fact the server made itself (a completion) was refused; the edge names the part in its own words.</summary>
public sealed class FactRefusedException(FactPart part, string reason) : Exception(reason)
{
    public FactPart Part { get; } = part;

    public string Reason { get; } = reason;
}
