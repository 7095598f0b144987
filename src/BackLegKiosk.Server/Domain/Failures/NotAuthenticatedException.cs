namespace BackLegKiosk.Server.Domain.Failures;

/// <summary>The caller's credentials do not hold (wrong PIN, expired check-in); becomes UNAUTHENTICATED.</summary>
public sealed class NotAuthenticatedException(string message) : Exception(message);
