using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain.Sessions;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Domain.Floor;

/// <summary>
/// Which of the gym's stations (<c>BackLeg:Stations</c>) the sessions in progress hold: each holds the
/// stations of both lifts of its current superset, the one its last counted set was in (A before any).
/// </summary>
public sealed class FloorDesk(BackLegDbContext db, ExerciseCatalog catalog, IPlanSnapshot snapshots, TimeProvider time, IOptions<ServerOptions> options)
{
    /// <summary>The floor now, for the planner; <paramref name="except"/>'s own session holds nothing against them.</summary>
    public async Task<FloorState?> StateAsync(Guid? except, CancellationToken cancellationToken)
    {
        var stations = options.Value.Stations;
        if (stations.Count == 0)
        {
            return null;
        }

        var held = await HeldAsync(except, cancellationToken);
        return new FloorState(stations, held.GroupBy(h => h.Station).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>Each declared station, how many the gym has, and who holds one now: the dashboard's floor view.</summary>
    public async Task<IReadOnlyList<StationUse>> UseAsync(CancellationToken cancellationToken)
    {
        var held = await HeldAsync(null, cancellationToken);
        return [.. options.Value.Stations.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new StationUse(
            s.Key,
            s.Value,
            [.. held.Where(h => h.Station == s.Key).Select(h => h.MemberName).Order(StringComparer.CurrentCulture)]))];
    }

    private async Task<List<(string Station, string MemberName)>> HeldAsync(Guid? except, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddHours(-options.Value.OpenSessionHours);
        var open = await db.Sessions.AsNoTracking()
            .Where(s => s.CompletedAt == null && s.AbandonedAt == null && s.PlannedAt > since && s.MemberId != except)
            .Join(db.Members, s => s.MemberId, m => m.Id, (s, m) => new { s.Id, s.PlanJson, m.DisplayName })
            .ToListAsync(cancellationToken);
        var ids = open.Select(o => o.Id).ToList();
        var lastSlots = (await db.Facts.AsNoTracking()
            .Where(f => ids.Contains(f.SessionId)).CountedSets()
            .Select(f => new { f.SessionId, f.Sequence, f.Slot })
            .ToListAsync(cancellationToken))
            .GroupBy(f => f.SessionId)
            .ToDictionary(g => g.Key, g => R1Alternate.SupersetOf(g.MaxBy(f => f.Sequence)!.Slot!));

        var held = new List<(string, string)>();
        foreach (var session in open)
        {
            var supersets = snapshots.Supersets(session.PlanJson);
            if (!supersets.TryGetValue(lastSlots.GetValueOrDefault(session.Id, "A"), out var current))
            {
                continue;
            }

            held.AddRange(new[] { current.First, current.Second }
                .Select(id => catalog.TryGet(id, out var exercise) ? exercise.Station : null)
                .OfType<string>()
                .Distinct()
                .Select(station => (station, session.DisplayName)));
        }

        return held;
    }
}

/// <summary>One station of the floor: how many the gym has and the members holding one now.</summary>
public sealed record StationUse(string Station, int Count, IReadOnlyList<string> HeldBy);
