namespace BackLegKiosk.Server.Data.Entities;

/// <summary>A named secret the server made for itself and every replica must share.</summary>
public sealed class ServerSecretEntity
{
    public required string Name { get; set; }

    public required string Value { get; set; }
}
