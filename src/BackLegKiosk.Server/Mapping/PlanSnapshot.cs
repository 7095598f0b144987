using BackLegKiosk.Server.Domain.Sessions;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Planning;
using Google.Protobuf;

namespace BackLegKiosk.Server.Mapping;

/// <summary>Keeps a plan as the contract's JSON: what a resumed session sends back is byte for byte what was planned.</summary>
public sealed class PlanSnapshot(ExerciseCatalog catalog) : IPlanSnapshot
{
    public string Freeze(SessionPlan plan, Guid sessionId, DateTimeOffset plannedAt) => JsonFormatter.Default.Format(plan.ToProto(sessionId, plannedAt));

    public SessionPlan Thaw(string planJson) => PlanMapping.FromProto(JsonParser.Default.Parse<Contracts.V1.SessionPlan>(planJson), catalog);

    public IReadOnlyDictionary<string, (string First, string Second)> Supersets(string planJson) =>
        JsonParser.Default.Parse<Contracts.V1.SessionPlan>(planJson).Supersets.ToDictionary(s => s.Label, s => (s.First.ExerciseId, s.Second.ExerciseId));
}
