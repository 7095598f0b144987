using BackLegKiosk.Training.Catalog;

namespace BackLegKiosk.Training.Planning;

/// <summary>
/// The gym floor as the planner sees it: how many of each station the gym has, and how many are held by
/// sessions in progress. A station the gym did not declare is never full.
/// </summary>
/// <param name="Capacity">Stations the gym has, by station id.</param>
/// <param name="InUse">Stations held now, by station id.</param>
public sealed record FloorState(IReadOnlyDictionary<string, int> Capacity, IReadOnlyDictionary<string, int> InUse)
{
    /// <summary>Whether every station <paramref name="exercise"/> needs is taken.</summary>
    public bool IsFull(Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return exercise.Station is { } station && Capacity.TryGetValue(station, out var count) && InUse.GetValueOrDefault(station) >= count;
    }
}
