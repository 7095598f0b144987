using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Facts;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Domain.Sessions;
using Google.Protobuf;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Server.Mapping;

/// <summary>A session's plan and completion request between the domain and the contract.</summary>
public static class SessionMapping
{
    public static Api.SessionPlan PlanOf(PlannedSession session) => JsonParser.Default.Parse<Api.SessionPlan>(session.PlanSnapshot);

    /// <summary>The completion request's fields, each refusal naming it.</summary>
    public static (Guid SessionId, Guid FactId, DateTimeOffset? CompletedAt) FromProto(Api.CompleteSessionRequest request) => (
        InputRules.Id(request.SessionId, "session_id"),
        InputRules.Id(request.FactId, "fact_id"),
        request.CompletedAt is null ? null : Timestamps.FromProto(request.CompletedAt, "completed_at"));

    /// <summary>The completion request's field a refused session-completed fact is about.</summary>
    public static InvalidFieldException Refusal(FactRefusedException refused) =>
        new(refused.Part == FactPart.OccurredAt ? "completed_at" : "session_id", refused.Reason);
}
