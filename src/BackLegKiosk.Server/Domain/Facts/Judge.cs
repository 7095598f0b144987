using BackLegKiosk.Server.Data.Entities;

namespace BackLegKiosk.Server.Domain.Facts;

/// <summary>
/// Decides each fact of a push against what is stored: its time, replays, ownership, the session's state
/// and what a correction or void points at. Pure: it reads and extends the <see cref="FactLedger"/> and
/// touches no database, so every decision is tested without one.
/// </summary>
public static class Judge
{
    /// <summary>A fact older than this is refused: a kiosk's outbox that old is stale, not late.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);

    /// <param name="kioskId">The kiosk that recorded the facts.</param>
    /// <param name="memberId">The member whose check-in the facts belong to.</param>
    /// <param name="facts">The facts, already checked one by one at the edge.</param>
    /// <param name="now">The server's time of the write.</param>
    /// <param name="maxAhead">How far ahead of <paramref name="now"/> a kiosk's clock may run.</param>
    /// <param name="ledger">The store's view; extended with each accepted fact.</param>
    /// <returns>One verdict per fact, in order.</returns>
    public static FactVerdict[] Decide(Guid kioskId, Guid memberId, IReadOnlyList<FactEntity> facts, DateTimeOffset now, TimeSpan maxAhead, FactLedger ledger)
    {
        var verdicts = new FactVerdict[facts.Count];
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            var verdict = Refusal(fact, memberId, now, maxAhead, ledger);
            if (verdict is null)
            {
                verdict = Accept(fact, kioskId, memberId, now, ledger);
            }

            verdicts[i] = verdict;
        }

        return verdicts;
    }

    private static FactVerdict? Refusal(FactEntity fact, Guid memberId, DateTimeOffset now, TimeSpan maxAhead, FactLedger ledger)
    {
        if (fact.OccurredAt > now + maxAhead)
        {
            return FactVerdict.Refused(FactPart.OccurredAt, $"is more than {maxAhead.TotalMinutes:0} minutes ahead of the server's clock (BackLeg:ClockAheadMinutes)");
        }

        if (fact.OccurredAt < now - MaxAge)
        {
            return FactVerdict.Refused(FactPart.OccurredAt, $"is more than {MaxAge.TotalDays:0} days old");
        }

        if (ledger.Known.TryGetValue(fact.Id, out var sequence))
        {
            return FactVerdict.DuplicateOf(sequence);
        }

        if (!ledger.Sessions.TryGetValue(fact.SessionId, out var session) || session.MemberId != memberId)
        {
            return FactVerdict.Refused(FactPart.SessionId, "no such session for the member checked in on this kiosk");
        }

        // A set done before the member finished still counts when its kiosk delivers it late.
        if (session.CompletedAt is { } completed && (fact.Kind == FactKind.SessionCompleted || fact.OccurredAt > completed))
        {
            return FactVerdict.Refused(FactPart.Whole, "the session is completed; it takes nothing that happened after");
        }

        return fact.TargetFactId is { } target && !ledger.Sets[fact.SessionId].Any(t => t.Id == target && t.Kind is FactKind.SetLogged or FactKind.SetCorrected)
            ? FactVerdict.Refused(FactPart.TargetFactId, "must name a logged set of the same session")
            : null;
    }

    private static FactVerdict Accept(FactEntity fact, Guid kioskId, Guid memberId, DateTimeOffset now, FactLedger ledger)
    {
        // Sequence 0 until the group is saved; later copies of this id in the group are duplicates of it.
        ledger.Known[fact.Id] = 0;
        fact.MemberId = memberId;
        fact.KioskId = kioskId;
        fact.ReceivedAt = now;
        var sets = ledger.Sets[fact.SessionId];
        var verdict = FactVerdict.Stored(fact.Kind == FactKind.SetLogged ? SameSet(sets, fact) : null);
        if (EffectiveSets.IsSetFact(fact))
        {
            sets.Add(fact);
        }

        var session = ledger.Sessions[fact.SessionId];
        if (fact.Kind == FactKind.SessionCompleted)
        {
            session.CompletedAt = fact.OccurredAt;
        }
        else if (session.StartedAt is null || fact.OccurredAt < session.StartedAt)
        {
            session.StartedAt = fact.OccurredAt;
        }

        return verdict;
    }

    /// <summary>A live set of the session already logged as the same slot and set number: the two settle as a correction.</summary>
    private static Guid? SameSet(List<FactEntity> sessionSets, FactEntity set)
    {
        var key = EffectiveSets.KeyOf(set);
        var replaced = sessionSets.Where(f => f.TargetFactId is not null).Select(f => f.TargetFactId!.Value).ToHashSet();
        return sessionSets.FirstOrDefault(f => f.Kind is FactKind.SetLogged or FactKind.SetCorrected && !replaced.Contains(f.Id) && EffectiveSets.KeyOf(f) == key)?.Id;
    }
}
