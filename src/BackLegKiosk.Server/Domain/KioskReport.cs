namespace BackLegKiosk.Server.Domain;

/// <summary>What a kiosk says of itself in a heartbeat, checked at the edge.</summary>
/// <param name="PendingFacts">Facts in its outbox not yet stored here.</param>
/// <param name="RefusedFacts">Facts this server refused, kept as dead letters.</param>
/// <param name="DeadLetters">Why, by reason.</param>
/// <param name="StorageProblem">What fails in its own outbox storage; null when nothing.</param>
/// <param name="ResendRequestsDone">The staff resend requests it has acted on.</param>
/// <param name="PurgedSessions">Erased members' sessions it has purged from its outbox since its last heartbeat.</param>
public sealed record KioskReport(int PendingFacts, int RefusedFacts, IReadOnlyList<DeadLetterCount> DeadLetters, string? StorageProblem, long ResendRequestsDone, IReadOnlyList<Guid> PurgedSessions);
