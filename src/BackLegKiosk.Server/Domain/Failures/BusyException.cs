namespace BackLegKiosk.Server.Domain.Failures;

/// <summary>The server has no room for this now (its ingest queue is full); becomes RESOURCE_EXHAUSTED with a retry-after.</summary>
public sealed class BusyException(string message, TimeSpan retryAfter) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
