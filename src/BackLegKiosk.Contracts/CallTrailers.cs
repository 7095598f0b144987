namespace BackLegKiosk.Contracts;

/// <summary>The metadata the server adds to a refusal: written once here for the server and every client.</summary>
public static class CallTrailers
{
    /// <summary>
    /// On <c>RESOURCE_EXHAUSTED</c> (a rate limit, a full ingest queue): whole seconds to wait before trying
    /// again. A client waits at least this long.
    /// </summary>
    public const string RetryAfter = "retry-after";
}
