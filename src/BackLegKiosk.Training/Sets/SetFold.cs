namespace BackLegKiosk.Training.Sets;

/// <summary>
/// The one rule for which sets of a session count, used by the kiosk, the server and the dashboard.
/// A logged or corrected set is live unless a void or a correction targets it; of the live sets that
/// share a <see cref="SetKey"/> (two kiosks logging the same set), the one that occurred last counts,
/// ties broken by the larger fact id. The answer depends only on which facts exist, never on the order
/// they arrived in, so every device that has seen the same facts agrees.
/// </summary>
public static class SetFold
{
    /// <summary>The ids of the sets that count.</summary>
    public static IReadOnlySet<Guid> Counted(IEnumerable<SetFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var all = facts.ToList();
        var replaced = all.Where(f => f.Target is not null).Select(f => f.Target!.Value).ToHashSet();
        var winners = new Dictionary<SetKey, SetFact>();
        foreach (var fact in all)
        {
            if (fact.Kind == SetFactKind.Voided || fact.Key is not { } key || replaced.Contains(fact.Id))
            {
                continue;
            }

            if (!winners.TryGetValue(key, out var best) || Later(fact, best))
            {
                winners[key] = fact;
            }
        }

        return winners.Values.Select(w => w.Id).ToHashSet();
    }

    /// <summary>The items that count, in their given order, for any record that can say what fact it is.</summary>
    public static List<T> Counted<T>(IEnumerable<T> items, Func<T, SetFact> fact)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(fact);
        var list = items.ToList();
        var counted = Counted(list.Select(fact));
        return [.. list.Where(i => counted.Contains(fact(i).Id))];
    }

    private static bool Later(SetFact a, SetFact b) =>
        a.OccurredAt != b.OccurredAt ? a.OccurredAt > b.OccurredAt : a.Id.CompareTo(b.Id) > 0;
}
