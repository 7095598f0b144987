using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Progression;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Planning;

/// <summary>Mid-session: the lift a busy station kept from opening comes back once its station frees.</summary>
public sealed partial class SessionPlanner
{
    /// <summary>
    /// <paramref name="plan"/> with its <see cref="SessionPlan.Displaced"/> lift brought back at superset
    /// <paramref name="next"/> (<see cref="FloorAware.BringBack"/>), now that its station is free on
    /// <paramref name="request"/>'s floor. Supersets before <paramref name="next"/> stay as they are; each place
    /// keeps its working sets, so R5's volume holds; the notes about order, loads and length are made again for
    /// the new order. Null when there is nothing to bring back, its station is still full, or bringing it back
    /// would break R3, add an R4 inversion or push the session past R11's budget.
    /// </summary>
    /// <param name="request">The member, their history (for a load of a lift put back) and the floor now.</param>
    /// <param name="plan">The session's plan as it stands.</param>
    /// <param name="next">The superset about to start, from 0 (A).</param>
    public SessionPlan? BringBack(PlanRequest request, SessionPlan plan, int next)
    {
        ThrowIfInvalid(request);
        ArgumentNullException.ThrowIfNull(plan);
        var focus = plan.Supersets.Select(s => s.First.Exercise).ToList();
        var other = plan.Supersets.Select(s => s.Second.Exercise).ToList();
        if (plan.Displaced is not { } displaced || request.Floor?.IsFull(displaced) == true
            || FloorAware.BringBack(focus, displaced, next) is not { } order
            || !KeepsTheRules(focus, order, other))
        {
            return null;
        }

        var supersets = plan.Supersets.Select((s, i) => i < next ? s : Pairing(s.Label, Placed(request, plan, order[i], s), s.Second)).ToList();
        var budget = R11SystemicLoad.Budget(request.Profile, _options);
        var fits = R11SystemicLoad.Fits(supersets, budget, _options);
        if (!fits && R11SystemicLoad.Fits(plan.Supersets, budget, _options))
        {
            return null;
        }

        var left = focus.Except(order).SingleOrDefault();
        var minutes = R11SystemicLoad.EstimateMinutes(supersets, _options);
        var hardSets = supersets.Sum(s => s.WorkingSets);
        var load = (hardSets, minutes, budget, fits);
        var exercises = supersets.SelectMany(s => new[] { s.First, s.Second }).ToList();
        var moved = MovedByR3(order, other);
        var rules = plan.RulesApplied.Select(n => Remade(n, (order, other, moved), exercises, load)).ToList();
        rules.Insert(rules.FindLastIndex(n => n.RuleId == FloorAware.Id) + 1, FloorAware.BroughtBack(displaced, supersets[next].Label, left));
        var warnings = plan.Warnings.Where(w => w.RuleId is not (R11SystemicLoad.Id or TrainingRules.ProgressionId)).ToList();
        if (!fits)
        {
            warnings.Add(R11SystemicLoad.OverBudget(hardSets, minutes, budget));
        }

        warnings.AddRange(exercises
            .Select(e => ProgressionAdvisor.StallCheck(request.History, e.Exercise.Id, e.Exercise.Name, _options))
            .OfType<RuleNote>());
        return plan with { Readiness = Verdict(warnings), Supersets = supersets, EstimatedMinutes = minutes, RulesApplied = rules, Warnings = warnings };
    }

    /// <summary>R3 holds and R4 gains no inversion in the focus group; the heavy-erector count never changes (<see cref="FloorAware.BringBack"/>).</summary>
    private static bool KeepsTheRules(List<Exercise> focus, List<Exercise> order, List<Exercise> other) =>
        R3SpareLowerBack.Violations(R1Alternate.Pair(order, other)).Count == 0
        && !R4TechnicalFirst.Inversions(order, 1).Except(R4TechnicalFirst.Inversions(focus, 1)).Any();

    /// <summary>A lift in superset <paramref name="at"/>'s first place: its prescription if the plan had it, a new one if put back; the place's sets either way.</summary>
    private PlannedExercise Placed(PlanRequest request, SessionPlan plan, Exercise lift, Superset at)
    {
        var slot = at.First.Slot;
        var had = plan.Supersets.Select(s => s.First).FirstOrDefault(e => e.Exercise == lift);
        return had is null ? Prescribe(request, slot, lift, at.First.WorkingSets, warmUp: false) : had with { Slot = slot, WorkingSets = at.First.WorkingSets };
    }

    /// <summary>A note of the plan made again for the new order; notes the order does not touch stay as they were.</summary>
    private RuleNote Remade(
        RuleNote note,
        (List<Exercise> Focus, List<Exercise> Other, List<(Exercise Moved, Exercise Behind)> Moved) order,
        List<PlannedExercise> exercises,
        (int HardSets, int Minutes, (int, int) Budget, bool Fits) load)
    {
        var (focus, other, moved) = order;
        var legsFirst = focus[0].Region == BodyRegion.Legs;
        return note.RuleId switch
        {
            R3SpareLowerBack.Id when !R3SpareLowerBack.IsSwap(note) => R3SpareLowerBack.Explain(R1Alternate.Pair(focus, other), null, null, moved),
            R4TechnicalFirst.Id => R4TechnicalFirst.Explain(legsFirst ? focus : other, legsFirst ? other : focus, moved.Count > 0),
            R6IntensityKept.Id => R6IntensityKept.Explain(exercises.Count(e => e.Load is not null), exercises.Count(e => e.Load is null), _options),
            R11SystemicLoad.Id => load.Fits
                ? R11SystemicLoad.Explain(load.HardSets, load.Minutes, load.Budget, note.Kind == R11SystemicLoad.TrimmedKind)
                : R11SystemicLoad.OverBudget(load.HardSets, load.Minutes, load.Budget),
            _ => note,
        };
    }
}
