namespace BackLegKiosk.Server.Domain.Failures;

/// <summary>Something the request names does not exist; becomes NOT_FOUND.</summary>
public sealed class NotFoundException(string message) : Exception(message);
