namespace BackLegKiosk.Server.Domain.Failures;

/// <summary>The request clashes with stored data (a taken code or name); becomes ALREADY_EXISTS.</summary>
public sealed class ConflictException(string message) : Exception(message);
