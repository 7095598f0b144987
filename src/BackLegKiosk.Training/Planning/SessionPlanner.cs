using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Progression;
using BackLegKiosk.Training.Recovery;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Planning;

/// <summary>
/// Turns a member, their history and last night's sleep into today's combined session. Pure and
/// deterministic: no clock, no I/O, no randomness, so the same request always gives the same plan.
/// </summary>
public sealed partial class SessionPlanner
{
    private static readonly (int Reps, double Fraction)[] WarmUpLadder = [(5, 0.4), (3, 0.6), (2, 0.8)];
    private readonly PlannerOptions _options;

    /// <summary>Each region's exercises in R4 order, sorted once: selection walks them at every check-in.</summary>
    private readonly Dictionary<BodyRegion, Exercise[]> _byTechnicalDemand;

    /// <summary>A planner over a catalog with options; refuses options outside their bands.</summary>
    /// <exception cref="TrainingInputException">An option lies outside its documented band.</exception>
    public SessionPlanner(ExerciseCatalog catalog, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new TrainingInputException(errors);
        }

        _options = options;
        _byTechnicalDemand = Enum.GetValues<BodyRegion>().ToDictionary(r => r, r => R4TechnicalFirst.Order(catalog.InRegion(r)).ToArray());
    }

    /// <summary>A planner over the built-in catalog with default options.</summary>
    public SessionPlanner()
        : this(ExerciseCatalog.Default, PlannerOptions.Default)
    {
    }

    /// <summary>The options in force.</summary>
    public PlannerOptions Options => _options;

    /// <summary>The check-in verdict alone (R8, R9, R10), without planning the session.</summary>
    /// <exception cref="TrainingInputException">The request breaks a documented limit; every field in error is named.</exception>
    public Readiness CheckReadiness(PlanRequest request)
    {
        ThrowIfInvalid(request);
        var spacing = R9RecoverySpacing.Assess(request.History, request.Now, _options);
        var coach = request.Override;
        if (!spacing.MayTrain && coach?.Covers(R9RecoverySpacing.Id) != true)
        {
            return spacing;
        }

        // An overridden rule still speaks, in the coach's note, so the member and staff see what was set aside.
        var notSuited = R8WhoItSuits.Assess(request.Profile);
        var warnings = new[]
            {
                spacing.MayTrain ? null : coach!.NoteFor(R9RecoverySpacing.Id, spacing.Reasons),
                notSuited is not null && coach?.Covers(R8WhoItSuits.Id) == true ? coach.NoteFor(R8WhoItSuits.Id, [notSuited]) : notSuited,
                R10RecoveryAdvice.SleepCheck(request.SleepHoursLastNight, _options),
            }
            .OfType<RuleNote>()
            .ToList();
        return Verdict(warnings);
    }

    /// <summary>Today's plan, or a not-today verdict with no supersets.</summary>
    /// <exception cref="TrainingInputException">The request breaks a documented limit; every field in error is named.</exception>
    public SessionPlan Plan(PlanRequest request)
    {
        var readiness = CheckReadiness(request);
        var profile = request.Profile;
        var focus = R2PriorityFirst.ResolveFocus(profile, request.History, request.Focus);
        if (!readiness.MayTrain)
        {
            return new SessionPlan(readiness, focus, [], [], 0, readiness.Reasons, readiness.Reasons);
        }

        var budget = R11SystemicLoad.Budget(profile, _options);
        var (supersets, selection, perGroup, legsSets, backSets, trimmed) = Fit(request, focus, budget);
        var minutes = R11SystemicLoad.EstimateMinutes(supersets, _options);
        var hardSets = supersets.Sum(s => s.WorkingSets);
        var volume = new List<GroupVolume>
        {
            new(BodyRegion.Legs, profile.SplitDaySetsLegs, legsSets),
            new(BodyRegion.Back, profile.SplitDaySetsBack, backSets),
        };
        var exercises = supersets.SelectMany(s => new[] { s.First, s.Second }).ToList();
        var warnings = readiness.Reasons.ToList();
        var fits = R11SystemicLoad.Fits(supersets, budget, _options);
        if (!fits)
        {
            warnings.Add(R11SystemicLoad.OverBudget(hardSets, minutes, budget));
        }

        warnings.AddRange(exercises
            .Select(e => ProgressionAdvisor.StallCheck(request.History, e.Exercise.Id, e.Exercise.Name, _options))
            .OfType<RuleNote>());

        var rules = Explain(request, focus, selection, supersets, volume, perGroup, (hardSets, minutes, budget, trimmed, fits));
        var displaced = NoteTheFloor(request.Floor, focus, selection, [.. exercises.Select(e => e.Exercise)], rules, warnings);
        return new SessionPlan(Verdict(warnings), focus, supersets, volume, minutes, rules, warnings, displaced);
    }

    /// <summary>
    /// R5's sets and R7's exercise count, cut down until R11's budget holds: first to the fewest
    /// exercises per group, then one set at a time, as long as R5 allows.
    /// </summary>
    private (IReadOnlyList<Superset> Supersets, Selection Selection, int PerGroup, int LegsSets, int BackSets, bool Trimmed) Fit(PlanRequest request, BodyRegion focus, (int MaxHardSets, int MaxMinutes) budget)
    {
        var profile = request.Profile;
        var legsSets = R5VolumeCut.PlannedSets(profile.SplitDaySetsLegs, _options.VolumeCut);
        var backSets = R5VolumeCut.PlannedSets(profile.SplitDaySetsBack, _options.VolumeCut);
        var perGroup = R7FewerExercises.ExercisesPerGroup(legsSets, backSets, profile.Goal);
        var selection = Select(focus, perGroup, request.Floor);
        var trimmed = false;
        while (true)
        {
            var supersets = Build(request, selection, focus, legsSets, backSets);
            if (R11SystemicLoad.Fits(supersets, budget, _options))
            {
                return (supersets, selection, perGroup, legsSets, backSets, trimmed);
            }

            if (perGroup > R7FewerExercises.MinPerGroup)
            {
                perGroup = R7FewerExercises.MinPerGroup;
                selection = Select(focus, perGroup, request.Floor);
            }
            else if (!TrimOneSet(profile, ref legsSets, ref backSets))
            {
                return (supersets, selection, perGroup, legsSets, backSets, trimmed);
            }

            trimmed = true;
        }
    }

    /// <summary>One note per rule, saying how it shaped this plan.</summary>
    private List<RuleNote> Explain(
        PlanRequest request,
        BodyRegion focus,
        Selection selection,
        IReadOnlyList<Superset> supersets,
        List<GroupVolume> volume,
        int perGroup,
        (int HardSets, int Minutes, (int MaxHardSets, int MaxMinutes) Budget, bool Trimmed, bool Fits) load)
    {
        var profile = request.Profile;
        var exercises = supersets.SelectMany(s => new[] { s.First, s.Second }).ToList();
        var loaded = exercises.Count(e => e.Load is not null);
        return
        [
            R1Alternate.Explain(supersets),
            R2PriorityFirst.Explain(focus, profile, request.Focus, selection.Focus[0]),
            R3SpareLowerBack.Explain(R1Alternate.Pair(selection.Focus, selection.Other), selection.SwappedOut, selection.SwappedIn, selection.Moved),
            R4TechnicalFirst.Explain(Of(selection, focus, BodyRegion.Legs), Of(selection, focus, BodyRegion.Back), selection.Moved.Count > 0),
            R5VolumeCut.Explain(volume),
            R6IntensityKept.Explain(loaded, exercises.Count - loaded, _options),
            R7FewerExercises.Explain(perGroup, profile.Goal),
            R8WhoItSuits.Explain(profile),
            R9RecoverySpacing.Explain(request.History, request.Now, _options),
            R10RecoveryAdvice.SleepCheck(request.SleepHoursLastNight, _options)
                ?? R10RecoveryAdvice.SleptEnough(profile),
            load.Fits ? R11SystemicLoad.Explain(load.HardSets, load.Minutes, load.Budget, load.Trimmed) : R11SystemicLoad.OverBudget(load.HardSets, load.Minutes, load.Budget),
        ];
    }

    /// <summary>
    /// The floor's note goes with the ordering rules (after R4); an opener that must wait for its station is a
    /// warning too. Returns the lift a busy station kept from opening, if another opened instead.
    /// </summary>
    private Exercise? NoteTheFloor(FloorState? floor, BodyRegion focus, Selection selection, IReadOnlyList<Exercise> plan, List<RuleNote> rules, List<RuleNote> warnings)
    {
        var wanted = R2PriorityFirst.ChooseOpener(_byTechnicalDemand[focus], focus);
        if (FloorAware.Explain(wanted, selection.Focus[0], plan, floor) is not { } note)
        {
            return null;
        }

        rules.Insert(rules.FindIndex(r => r.RuleId == R4TechnicalFirst.Id) + 1, note);
        if (note.Kind != FloorAware.WaitKind)
        {
            return wanted;
        }

        warnings.Add(note);
        return null;
    }

    /// <summary>Go, or go with the warnings to read first.</summary>
    private static Readiness Verdict(List<RuleNote> warnings) =>
        new(warnings.Count == 0 ? ReadinessStatus.Go : ReadinessStatus.GoWithWarnings, 0, null, warnings);

    /// <summary>The advice shown when a session ends (R10).</summary>
    public RecoveryAdvice Recover(MemberProfile profile, double sleepHoursLastNight, DateTimeOffset completedAt) =>
        R10RecoveryAdvice.Advise(profile, sleepHoursLastNight, completedAt, _options);

    private static void ThrowIfInvalid(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            throw new TrainingInputException(errors);
        }
    }

    private static List<Exercise> Of(Selection selection, BodyRegion focus, BodyRegion region) =>
        region == focus ? selection.Focus : selection.Other;

    /// <summary>R11 trims the group further above its R5 floor (legs first on a tie); false when both sit at the floor.</summary>
    private static bool TrimOneSet(MemberProfile profile, ref int legsSets, ref int backSets)
    {
        var legsRoom = legsSets - R5VolumeCut.Floor(profile.SplitDaySetsLegs);
        var backRoom = backSets - R5VolumeCut.Floor(profile.SplitDaySetsBack);
        if (legsRoom <= 0 && backRoom <= 0)
        {
            return false;
        }

        if (legsRoom >= backRoom)
        {
            legsSets--;
        }
        else
        {
            backSets--;
        }

        return true;
    }

    private Selection Select(BodyRegion focus, int perGroup, FloorState? floor)
    {
        var opener = FloorAware.ChooseOpener(_byTechnicalDemand[focus], focus, floor);
        var (f, o) = Pick(opener, perGroup);
        var arranged = R3SpareLowerBack.ExcludesSensitiveLifts(opener) ? null : R3SpareLowerBack.Arrange(f, o);
        if (arranged is { } ok)
        {
            return Arranged(ok, null, null);
        }

        // R3: the sensitive lift cannot be placed before every heavy-erector lift, so it is swapped.
        Exercise? swappedOut = null;
        Exercise? swappedIn = null;
        var lists = new[] { f, o };
        foreach (var list in lists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (!list[i].NeedsFreshLowerBack)
                {
                    continue;
                }

                var replacement = Substitute(list, i, lists, focus);
                swappedOut ??= list[i];
                swappedIn ??= replacement;
                list[i] = replacement;
            }
        }

        f = [f[0], .. R4TechnicalFirst.Order(f.Skip(1))];
        o = [.. R4TechnicalFirst.Order(o)];
        var rearranged = R3SpareLowerBack.Arrange(f, o)
            ?? throw new InvalidOperationException("The catalog cannot satisfy R3 for this session.");
        return Arranged(rearranged, swappedOut, swappedIn);
    }

    /// <summary>The selection as R3 arranged it, with every lift it moved later than R4 alone would.</summary>
    private static Selection Arranged((List<Exercise> Focus, List<Exercise> Other) arranged, Exercise? swappedOut, Exercise? swappedIn) =>
        new(arranged.Focus, arranged.Other, swappedOut, swappedIn, MovedByR3(arranged.Focus, arranged.Other));

    /// <summary>
    /// Every heavy-erector lift standing later than R4 alone would place it (after the focus group's opener),
    /// with the lower-back-sensitive lift it stands behind: the exceptions to R4 the plan must name.
    /// </summary>
    private static List<(Exercise Moved, Exercise Behind)> MovedByR3(List<Exercise> focus, List<Exercise> other)
    {
        var sensitive = R1Alternate.Pair(focus, other).SelectMany(p => new[] { p.First, p.Second }).LastOrDefault(e => e.NeedsFreshLowerBack);
        return [.. R3SpareLowerBack.Moved(focus, [focus[0], .. R4TechnicalFirst.Order(focus.Skip(1))], sensitive),
            .. R3SpareLowerBack.Moved(other, [.. R4TechnicalFirst.Order(other)], sensitive)];
    }

    /// <summary>The best low-erector knee-dominant lift not yet chosen; an R2 opener when it replaces the opener.</summary>
    private Exercise Substitute(List<Exercise> list, int index, List<Exercise>[] chosen, BodyRegion focus)
    {
        var mustOpen = index == 0 && list[0].Region == focus;
        return _byTechnicalDemand[list[index].Region]
            .First(e => !e.NeedsFreshLowerBack && !e.LoadsErectorsHeavily
                && e.Pattern is MovementPattern.Squat or MovementPattern.KneeDominantMachine or MovementPattern.SingleLeg
                && (!mustOpen || R2PriorityFirst.IsOpener(e, focus))
                && !chosen.Any(c => c.Contains(e)));
    }

    /// <summary>
    /// Picks the exercises: the opener, then for each group the most technical lifts (R4), first one per
    /// movement pattern across the session, then at most two per pattern, then any; never more
    /// heavy-erector lifts than <see cref="PlannerOptions.MaxHeavyErectorLifts"/> (R3).
    /// </summary>
    private (List<Exercise> Focus, List<Exercise> Other) Pick(Exercise opener, int perGroup)
    {
        var chosen = new List<Exercise> { opener };
        var other = opener.Region == BodyRegion.Legs ? BodyRegion.Back : BodyRegion.Legs;
        Fill(opener.Region, perGroup);
        Fill(other, perGroup);
        var focusList = new List<Exercise> { opener };
        focusList.AddRange(R4TechnicalFirst.Order(chosen.Where(e => e.Region == opener.Region && !ReferenceEquals(e, opener))));
        return (focusList, R4TechnicalFirst.Order(chosen.Where(e => e.Region == other)).ToList());

        void Fill(BodyRegion region, int count)
        {
            var candidates = _byTechnicalDemand[region];
            for (var pass = 0; pass < 3; pass++)
            {
                foreach (var candidate in candidates)
                {
                    if (CountIn(chosen, region) == count)
                    {
                        return;
                    }

                    var eligible = pass switch
                    {
                        0 => candidate.IsCompound && CountOfPattern(chosen, null, candidate.Pattern) == 0,
                        1 => CountOfPattern(chosen, region, candidate.Pattern) < 2,
                        _ => true,
                    };
                    var heavyFull = candidate.LoadsErectorsHeavily && CountHeavy(chosen) >= _options.MaxHeavyErectorLifts;
                    if (eligible && !heavyFull && !chosen.Contains(candidate))
                    {
                        chosen.Add(candidate);
                    }
                }
            }

            if (CountIn(chosen, region) < count)
            {
                throw new InvalidOperationException($"The catalog has too few {region} exercises for {count} per group.");
            }
        }
    }

    private static int CountIn(List<Exercise> chosen, BodyRegion region)
    {
        var n = 0;
        foreach (var e in chosen)
        {
            n += e.Region == region ? 1 : 0;
        }

        return n;
    }

    private static int CountOfPattern(List<Exercise> chosen, BodyRegion? region, MovementPattern pattern)
    {
        var n = 0;
        foreach (var e in chosen)
        {
            n += e.Pattern == pattern && (region is null || e.Region == region) ? 1 : 0;
        }

        return n;
    }

    private static int CountHeavy(List<Exercise> chosen)
    {
        var n = 0;
        foreach (var e in chosen)
        {
            n += e.LoadsErectorsHeavily ? 1 : 0;
        }

        return n;
    }

    private List<Superset> Build(PlanRequest request, Selection selection, BodyRegion focus, int legsSets, int backSets)
    {
        var focusSets = R7FewerExercises.Distribute(focus == BodyRegion.Legs ? legsSets : backSets, selection.Focus.Count);
        var otherSets = R7FewerExercises.Distribute(focus == BodyRegion.Legs ? backSets : legsSets, selection.Other.Count);
        var supersets = new List<Superset>(selection.Focus.Count);
        for (var i = 0; i < selection.Focus.Count; i++)
        {
            var label = R1Alternate.Label(i);
            var first = Prescribe(request, $"{label}1", selection.Focus[i], focusSets[i], warmUp: i == 0);
            var second = Prescribe(request, $"{label}2", selection.Other[i], otherSets[i], warmUp: i == 0);
            supersets.Add(Pairing(label, first, second));
        }

        return supersets;
    }

    private Superset Pairing(string label, PlannedExercise first, PlannedExercise second)
    {
        // Alternation lets each group rest while the other works, so the pause after the pair is the
        // longer of the two exercises' rests less the short rest already taken between them.
        var full = Math.Max(_options.ShortRestSeconds, Math.Max(first.Exercise.RestSeconds, second.Exercise.RestSeconds) - _options.ShortRestSeconds);
        return new Superset(label, first, second, _options.ShortRestSeconds, full, _options.FailedSetExtraRestSeconds);
    }

    private PlannedExercise Prescribe(PlanRequest request, string slot, Exercise exercise, int sets, bool warmUp)
    {
        var profile = request.Profile;
        var reps = profile.Goal == TrainingGoal.Strength ? exercise.RepRange.Min : exercise.RepRange.Middle;
        var oneRepMax = profile.OneRepMaxesKg.TryGetValue(exercise.Id, out var known)
            ? known
            : OneRepMax.BestRecent(request.History, exercise.Id, request.Now, TimeSpan.FromDays(_options.OneRepMaxWindowDays), _options.Formula);
        var loadPrescribed = oneRepMax is not null && exercise.Equipment != Equipment.Bodyweight;
        var rir = R6IntensityKept.TargetRir(loadPrescribed, _options.SplitDayRir);
        Load? load = loadPrescribed
            ? R6IntensityKept.WorkingLoad(exercise, oneRepMax!.Value, reps, rir, _options.IntensityNudge, profile.Units, _options.Formula)
            : null;
        IReadOnlyList<WarmUpSet> warmUps = !warmUp || !exercise.IsCompound
            ? []
            : exercise.Equipment == Equipment.Bodyweight
                ? [new WarmUpSet(5, 0.5, null)]
                : [.. WarmUpLadder.Select(w => new WarmUpSet(w.Reps, w.Fraction, load is { } l
                    ? new Load(R6IntensityKept.Round(exercise, l.Value * w.Fraction, l.Unit), l.Unit)
                    : null))];
        return new PlannedExercise(slot, exercise, sets, reps, load, rir, warmUps);
    }

    private sealed record Selection(List<Exercise> Focus, List<Exercise> Other, Exercise? SwappedOut, Exercise? SwappedIn, IReadOnlyList<(Exercise Moved, Exercise Behind)> Moved);
}
