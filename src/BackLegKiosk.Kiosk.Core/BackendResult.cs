namespace BackLegKiosk.Kiosk.Core;

/// <summary>What a server call gave the screen: a value, or a failure with the server's words when it had any.</summary>
public sealed record BackendResult<T>(T? Value, BackendFailure? Failure, string? Detail = null)
{
    public bool Succeeded => Failure is null;
}
