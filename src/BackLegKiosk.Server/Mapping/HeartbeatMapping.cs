using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Failures;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Server.Mapping;

/// <summary>A kiosk's heartbeat into the domain's report, each field checked and named as sent.</summary>
public static class HeartbeatMapping
{
    /// <summary>More than any kiosk's outbox holds in practice; a larger figure is a broken client.</summary>
    public const int MaxReportedFacts = 1_000_000;

    public const int MaxReasons = 10;
    public const int MaxReasonLength = 300;
    public const int MaxProblemLength = 200;

    public static KioskReport ToReport(this Api.HeartbeatRequest request)
    {
        if (request.DeadLetters.Count > MaxReasons)
        {
            throw new InvalidFieldException("dead_letters", $"at most {MaxReasons} reasons");
        }

        var reasons = request.DeadLetters.Select((d, i) => new DeadLetterCount(
            d.Reason.Length is > 0 and <= MaxReasonLength ? d.Reason : throw new InvalidFieldException($"dead_letters[{i}].reason", $"must be 1-{MaxReasonLength} characters"),
            Count(d.Count, $"dead_letters[{i}].count"))).ToList();
        if (request.StorageProblem.Length > MaxProblemLength)
        {
            throw new InvalidFieldException("storage_problem", $"at most {MaxProblemLength} characters");
        }

        if (request.ResendRequestsDone < 0)
        {
            throw new InvalidFieldException("resend_requests_done", "must not be negative");
        }

        if (request.PurgedSessionIds.Count > KioskRegistry.MaxSessionIds)
        {
            throw new InvalidFieldException("purged_session_ids", $"at most {KioskRegistry.MaxSessionIds} ids");
        }

        var purged = request.PurgedSessionIds.Select((id, i) => InputRules.Id(id, $"purged_session_ids[{i}]")).ToList();
        return new KioskReport(
            Count(request.PendingFacts, "pending_facts"),
            Count(request.RefusedFacts, "refused_facts"),
            reasons,
            request.StorageProblem.Length == 0 ? null : request.StorageProblem,
            request.ResendRequestsDone,
            purged);
    }

    public static Api.HeartbeatResponse ToProto(this HeartbeatAnswer answer, int maxPushFacts) => new()
    {
        ServerTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(answer.ServerTime),
        MaxPushFacts = maxPushFacts,
        ResendRequests = answer.ResendRequests,
        ErasedSessionIds = { answer.ErasedSessions.Select(id => id.ToString()) },
    };

    private static int Count(int value, string field) => value is >= 0 and <= MaxReportedFacts
        ? value
        : throw new InvalidFieldException(field, $"must be 0-{MaxReportedFacts:N0}");
}
