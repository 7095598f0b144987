using BackLegKiosk.Server.Data.Entities;

namespace BackLegKiosk.Server.Domain.Facts;

/// <summary>
/// What the store holds that bears on a group of pushes: the ids already stored, the sessions the facts
/// name and those sessions' set facts. The <see cref="Judge"/> adds each fact it accepts, so a later push
/// of the same group sees it.
/// </summary>
public sealed class FactLedger
{
    /// <summary>Stored fact ids with their sequence; 0 for a fact accepted in this group and not yet saved.</summary>
    public Dictionary<Guid, long> Known { get; } = [];

    public Dictionary<Guid, SessionEntity> Sessions { get; } = [];

    /// <summary>Every set fact (logged, corrected, voided) of each session in <see cref="Sessions"/>, stored or accepted.</summary>
    public Dictionary<Guid, List<FactEntity>> Sets { get; } = [];

    /// <summary>Settles which sets count in every session that took a set, once the whole group is judged.</summary>
    public void MarkCounted(IEnumerable<FactEntity> accepted)
    {
        foreach (var session in accepted.Where(EffectiveSets.IsSetFact).Select(f => f.SessionId).Distinct())
        {
            EffectiveSets.Mark(Sets[session]);
        }
    }
}
