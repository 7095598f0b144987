namespace BackLegKiosk.Server.Domain.Failures;

/// <summary>The caller may not do this (a locked PIN, another member's data); becomes PERMISSION_DENIED.</summary>
public sealed class DeniedException(string message) : Exception(message);
