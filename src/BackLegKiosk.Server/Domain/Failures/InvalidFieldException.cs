namespace BackLegKiosk.Server.Domain.Failures;

/// <summary>A request field that cannot be accepted; becomes INVALID_ARGUMENT naming the field.</summary>
public sealed class InvalidFieldException(string field, string message) : Exception($"{field}: {message}")
{
    public string Field { get; } = field;

    /// <summary>What is wrong with the field, without its name.</summary>
    public string Reason { get; } = message;
}

