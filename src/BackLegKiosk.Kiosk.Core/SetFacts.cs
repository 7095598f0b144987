using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Training.Sets;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>The wire's set facts as Training's <see cref="SetFold"/> reads them.</summary>
public static class SetFacts
{
    /// <summary>The fold's view of a fact; null for a fact that is not about a set, or whose ids do not parse.</summary>
    public static SetFact? Of(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!Guid.TryParse(fact.FactId, out var id) || fact.OccurredAt is null)
        {
            return null;
        }

        var at = fact.OccurredAt.ToDateTimeOffset();
        return fact.BodyCase switch
        {
            Fact.BodyOneofCase.SetLogged => SetFact.Logged(id, at, KeyOf(fact.SetLogged)),
            Fact.BodyOneofCase.SetCorrected when Guid.TryParse(fact.SetCorrected.TargetFactId, out var target) && fact.SetCorrected.Replacement is { } set =>
                SetFact.Corrected(id, at, KeyOf(set), target),
            Fact.BodyOneofCase.SetVoided when Guid.TryParse(fact.SetVoided.TargetFactId, out var target) => SetFact.Voided(id, at, target),
            _ => null,
        };
    }

    private static SetKey KeyOf(SetLogged set) => new(set.Slot, set.SetNumber, set.WarmUp);
}
