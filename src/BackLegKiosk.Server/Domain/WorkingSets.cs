using BackLegKiosk.Server.Data.Entities;

namespace BackLegKiosk.Server.Domain;

/// <summary>The sets every count reads: working sets (no warm-ups) that still count after voids, corrections and repeats.</summary>
public static class WorkingSets
{
    public static IQueryable<FactEntity> CountedSets(this IQueryable<FactEntity> facts) => facts.Where(f => f.Counted && !f.WarmUp);
}
