using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain.Facts;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Training.Catalog;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Server.Mapping;

/// <summary>
/// One push between the wire and the writer: the facts that pass their own checks go on to be judged,
/// the rest are answered here; the answers come back in the order the kiosk sent the facts.
/// </summary>
public sealed class PushMapping
{
    private readonly IReadOnlyList<Api.Fact> _facts;
    private readonly Api.FactResult?[] _refused;
    private readonly List<int> _positions = [];

    private PushMapping(IReadOnlyList<Api.Fact> facts, ExerciseCatalog catalog)
    {
        _facts = facts;
        _refused = new Api.FactResult?[facts.Count];
        var entities = new List<FactEntity>(facts.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            try
            {
                entities.Add(FactMapping.FromProto(facts[i], At(i), catalog));
                _positions.Add(i);
            }
            catch (InvalidFieldException ex)
            {
                _refused[i] = Refusal(facts[i], ex.Field, ex.Reason);
            }
        }

        Entities = entities;
    }

    /// <summary>The facts that passed their own checks, for the writer.</summary>
    public IReadOnlyList<FactEntity> Entities { get; }

    /// <summary>Outcomes of the facts refused here, before any were judged.</summary>
    public IEnumerable<FactOutcome> EdgeOutcomes => _refused.Where(r => r is not null).Select(_ => FactOutcome.Rejected);

    /// <summary>Checks the batch's size and each fact on its own.</summary>
    public static PushMapping FromProto(IReadOnlyList<Api.Fact> facts, int maxBatch, ExerciseCatalog catalog) =>
        facts.Count == 0 ? throw new InvalidFieldException("facts", "must hold at least one fact")
        : facts.Count > maxBatch ? throw new InvalidFieldException("facts", $"at most {maxBatch} facts per push")
        : new PushMapping(facts, catalog);

    /// <summary>One result per fact sent, from the refusals made here and the writer's verdicts on <see cref="Entities"/>.</summary>
    public Api.PushFactsResponse ToProto(IReadOnlyList<FactVerdict> verdicts)
    {
        var results = (Api.FactResult[])_refused.Clone();
        for (var j = 0; j < _positions.Count; j++)
        {
            var i = _positions[j];
            var verdict = verdicts[j];
            results[i] = verdict.RefusedPart is { } part
                ? Refusal(_facts[i], FactMapping.FieldOf(part, _facts[i], At(i)), verdict.Reason!)
                : new Api.FactResult
                {
                    FactId = _facts[i].FactId,
                    Outcome = verdict.Outcome.ToProto(),
                    Sequence = verdict.Sequence,
                    SameSetAs = verdict.SameSetAs?.ToString() ?? string.Empty,
                };
        }

        var response = new Api.PushFactsResponse();
        response.Results.Add(results);
        return response;
    }

    private static string At(int index) => $"facts[{index}]";

    private static Api.FactResult Refusal(Api.Fact fact, string field, string reason) =>
        new() { FactId = fact.FactId ?? string.Empty, Outcome = Api.FactOutcome.Rejected, Field = field, Reason = reason };
}
