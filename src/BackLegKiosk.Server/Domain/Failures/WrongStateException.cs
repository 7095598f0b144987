namespace BackLegKiosk.Server.Domain.Failures;

/// <summary>The request does not fit the current state (a completed session); becomes FAILED_PRECONDITION.</summary>
public sealed class WrongStateException(string message) : Exception(message);
