namespace BackLegKiosk.Training.Sets;

/// <summary>What <see cref="SetFold"/> needs to know of one fact, whoever stored it.</summary>
/// <param name="Id">The fact id.</param>
/// <param name="OccurredAt">When it happened on the device.</param>
/// <param name="Kind">Logged, corrected or voided.</param>
/// <param name="Key">The set it is, for logged and corrected sets.</param>
/// <param name="Target">The fact a correction or void points at.</param>
public readonly record struct SetFact(Guid Id, DateTimeOffset OccurredAt, SetFactKind Kind, SetKey? Key, Guid? Target)
{
    /// <summary>A set logged.</summary>
    public static SetFact Logged(Guid id, DateTimeOffset at, SetKey key) => new(id, at, SetFactKind.Logged, key, null);

    /// <summary>A correction of <paramref name="target"/>, itself the set <paramref name="key"/>.</summary>
    public static SetFact Corrected(Guid id, DateTimeOffset at, SetKey key, Guid target) => new(id, at, SetFactKind.Corrected, key, target);

    /// <summary>A void of <paramref name="target"/>.</summary>
    public static SetFact Voided(Guid id, DateTimeOffset at, Guid target) => new(id, at, SetFactKind.Voided, null, target);
}
