using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Training.Sets;

namespace BackLegKiosk.Server.Domain;

/// <summary>
/// The stored facts as <see cref="SetFold"/> sees them: the server asks Training which sets count and
/// keeps the answer in <see cref="FactEntity.Counted"/>, so readers in SQL and in memory agree.
/// </summary>
public static class EffectiveSets
{
    /// <summary>Sets <see cref="FactEntity.Counted"/> on every fact of one session from the fold; false for facts that are not sets.</summary>
    public static void Mark(IReadOnlyCollection<FactEntity> sessionFacts)
    {
        var counted = SetFold.Counted(sessionFacts.Where(IsSetFact).Select(ToSetFact));
        foreach (var fact in sessionFacts)
        {
            fact.Counted = counted.Contains(fact.Id);
        }
    }

    public static bool IsSetFact(FactEntity fact) => fact.Kind is FactKind.SetLogged or FactKind.SetCorrected or FactKind.SetVoided;

    public static SetFact ToSetFact(FactEntity fact) => fact.Kind switch
    {
        FactKind.SetVoided => SetFact.Voided(fact.Id, fact.OccurredAt, fact.TargetFactId!.Value),
        FactKind.SetCorrected => SetFact.Corrected(fact.Id, fact.OccurredAt, KeyOf(fact), fact.TargetFactId!.Value),
        FactKind.SetLogged => SetFact.Logged(fact.Id, fact.OccurredAt, KeyOf(fact)),
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact.Kind, "not a set fact"),
    };

    public static SetKey KeyOf(FactEntity fact) => new(fact.Slot!, fact.SetNumber!.Value, fact.WarmUp);
}
