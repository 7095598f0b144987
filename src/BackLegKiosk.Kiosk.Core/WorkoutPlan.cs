using BackLegKiosk.Training.Members;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>A session's plan as the kiosk works through it: the supersets in order, under the server's session id.</summary>
/// <param name="SessionId">The server's id of the session, which every fact logged against it carries.</param>
/// <param name="Supersets">The supersets, in the order they are done.</param>
public sealed record WorkoutPlan(string SessionId, IReadOnlyList<WorkoutSuperset> Supersets)
{
    /// <summary>The unit of the plan's first known load; kilograms when no load is known yet.</summary>
    public WeightUnit Unit => Supersets.Select(s => s.First.Load ?? s.Second.Load).FirstOrDefault(l => l is not null)?.Unit ?? WeightUnit.Kilograms;
}
