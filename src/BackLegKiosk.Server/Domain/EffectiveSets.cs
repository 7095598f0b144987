using BackLegKiosk.Server.Data.Entities;

namespace BackLegKiosk.Server.Domain;

/// <summary>
/// The sets that count after corrections: logged and corrected sets that no later fact voids.
/// Facts are never edited, so this fold is how every reader sees one truth.
/// </summary>
public static class EffectiveSets
{
    public static List<FactEntity> Of(IEnumerable<FactEntity> facts)
    {
        var ordered = facts.OrderBy(f => f.Sequence).ToList();
        var voided = ordered
            .Where(f => f.Kind is FactKind.SetVoided or FactKind.SetCorrected && f.TargetFactId is not null)
            .Select(f => f.TargetFactId!.Value)
            .ToHashSet();
        return [.. ordered.Where(f => f.Kind is FactKind.SetLogged or FactKind.SetCorrected && !voided.Contains(f.Id))];
    }
}
