namespace BackLegKiosk.Kiosk.Core;

/// <summary>What a server call gave the screen: a value, or a failure with the server's words when it had any.</summary>
public sealed record BackendResult<T>(T? Value, BackendFailure? Failure, string? Detail = null)
{
    public bool Succeeded => Failure is null;

    /// <summary>The message the screen shows for a failure, in one place for every screen.</summary>
    public string Message => Failure switch
    {
        null => string.Empty,
        BackendFailure.Refused => Detail ?? "The server refused that.",
        BackendFailure.WrongCredentials => "Member code or PIN is wrong. Please try again; after several wrong PINs it is locked for a while, and staff can set a new one.",
        BackendFailure.CheckInEnded => "Your check-in has ended. Please check in again.",
        BackendFailure.TimedOut => "That took too long. Your sets are saved on this kiosk; please try again.",
        _ => "The gym's server can't be reached right now. Your sets are saved on this kiosk; please try again in a moment.",
    };
}
