using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Server.Domain.Sessions;

/// <summary>
/// How a plan is kept with its session, so a resumed session shows exactly what was planned. The
/// format belongs to the edge that shows the plan (the contract's JSON), so the edge implements it.
/// </summary>
public interface IPlanSnapshot
{
    string Freeze(SessionPlan plan, Guid sessionId, DateTimeOffset plannedAt);

    /// <summary>A kept plan as Training's plan again, to change it mid-session.</summary>
    SessionPlan Thaw(string planJson);

    /// <summary>The exercise ids of each superset of a kept plan, by its label (A, B, …).</summary>
    IReadOnlyDictionary<string, (string First, string Second)> Supersets(string planJson);
}
