namespace BackLegKiosk.Server.Domain;

/// <summary>A request field that cannot be accepted; becomes INVALID_ARGUMENT naming the field.</summary>
public sealed class InvalidFieldException(string field, string message) : Exception($"{field}: {message}")
{
    public string Field { get; } = field;

    /// <summary>What is wrong with the field, without its name.</summary>
    public string Reason { get; } = message;
}

/// <summary>Something the request names does not exist; becomes NOT_FOUND.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The request clashes with stored data (a taken code or name); becomes ALREADY_EXISTS.</summary>
public sealed class ConflictException(string message) : Exception(message);

/// <summary>The request does not fit the current state (a completed session); becomes FAILED_PRECONDITION.</summary>
public sealed class WrongStateException(string message) : Exception(message);

/// <summary>The caller may not do this (a locked PIN, another member's data); becomes PERMISSION_DENIED.</summary>
public sealed class DeniedException(string message) : Exception(message);

/// <summary>The caller's credentials do not hold (wrong PIN, expired check-in); becomes UNAUTHENTICATED.</summary>
public sealed class NotAuthenticatedException(string message) : Exception(message);
