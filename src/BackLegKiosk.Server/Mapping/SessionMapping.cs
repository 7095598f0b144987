using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Facts;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Domain.Floor;
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

    /// <summary>The station-offer request's fields, each refusal naming it.</summary>
    public static (Guid SessionId, string Superset) FromProto(Api.StationOfferRequest request) =>
        (InputRules.Id(request.SessionId, "session_id"),
         request.Superset is [>= 'A' and <= 'Z'] ? request.Superset : throw new InvalidFieldException("superset", "must be the letter of a superset, e.g. B"));

    /// <summary>An offer (taken or not) on the wire; an empty response when there is none.</summary>
    public static Api.StationOfferResponse ToProto(OfferedPlan? offer) => offer is null
        ? new Api.StationOfferResponse()
        : new Api.StationOfferResponse { Offer = Contracts.Translation.TrainingWire.ToProto(offer.Note), Plan = JsonParser.Default.Parse<Api.SessionPlan>(offer.PlanSnapshot) };

    /// <summary>The completion request's field a refused session-completed fact is about.</summary>
    public static InvalidFieldException Refusal(FactRefusedException refused) =>
        new(refused.Part == FactPart.OccurredAt ? "completed_at" : "session_id", refused.Reason);
}
