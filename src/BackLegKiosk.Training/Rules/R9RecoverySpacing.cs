using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.History;
using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Training.Rules;

/// <summary>
/// R9: "a muscle group typically requires around 48 hours to recover" and "performing this combined
/// back and leg workout more than two to three times per week ... is generally not sustainable".
/// A check-in that breaks either is refused with the hours left, never silently planned.
/// </summary>
public static class R9RecoverySpacing
{
    /// <summary>Rule id.</summary>
    public const string Id = "R9";

    /// <summary>Rule name.</summary>
    public const string Name = "Recovery spacing";

    /// <summary>The rolling window of the weekly cap.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    /// <summary>True when a past session trained back or legs hard enough to need the full recovery window.</summary>
    public static bool TrainedHard(SessionRecord session, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        return session.Combined
            || session.WorkingSets(BodyRegion.Legs) >= options.HardSessionMinSets
            || session.WorkingSets(BodyRegion.Back) >= options.HardSessionMinSets;
    }

    /// <summary>Whether a combined session may start at <paramref name="now"/>, and if not, when.</summary>
    public static Readiness Assess(IReadOnlyList<SessionRecord> history, DateTimeOffset now, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        var reasons = new List<RuleNote>();
        var readyAt = now;

        if (TooSoonUntil(history, now, options) is { } recoveredAt)
        {
            var since = now - LastHard(history, options)!.Value;
            reasons.Add(new RuleNote(Id, "R9.TooSoon",
            [
                NoteValue.Number("since", Math.Floor(since.TotalHours)),
                NoteValue.Number("needed", options.MinHoursBetweenHardSessions),
                NoteValue.Number("left", HoursUntil(now, recoveredAt)),
            ]));
            readyAt = Max(readyAt, recoveredAt);
        }

        if (TooOftenUntil(history, now, options) is { } freeAt)
        {
            reasons.Add(new RuleNote(Id, "R9.TooOften",
            [
                NoteValue.Number("count", CombinedInWindow(history, now).Count),
                NoteValue.Number("max", options.MaxCombinedSessionsPer7Days),
                NoteValue.Number("left", HoursUntil(now, freeAt)),
            ]));
            readyAt = Max(readyAt, freeAt);
        }

        return reasons.Count == 0
            ? new Readiness(ReadinessStatus.Go, 0, null, [])
            : new Readiness(ReadinessStatus.NotToday, HoursUntil(now, readyAt), readyAt, reasons);
    }

    /// <summary>When back and legs will have had their 48 hours; null when they already have (too soon otherwise).</summary>
    public static DateTimeOffset? TooSoonUntil(IReadOnlyList<SessionRecord> history, DateTimeOffset now, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var recoveredAt = LastHard(history, options)?.AddHours(options.MinHoursBetweenHardSessions);
        return recoveredAt > now ? recoveredAt : null;
    }

    /// <summary>When the weekly cap frees a place; null when there is one now (too often otherwise).</summary>
    public static DateTimeOffset? TooOftenUntil(IReadOnlyList<SessionRecord> history, DateTimeOffset now, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var inWindow = CombinedInWindow(history, now);

        // The session that must leave the 7-day window before another fits under the cap.
        return inWindow.Count >= options.MaxCombinedSessionsPer7Days ? inWindow[options.MaxCombinedSessionsPer7Days - 1] + Window : null;
    }

    /// <summary>Whole hours from <paramref name="now"/> to <paramref name="at"/>, rounded up so "ready" is never early.</summary>
    public static int HoursUntil(DateTimeOffset now, DateTimeOffset at) =>
        at <= now ? 0 : (int)Math.Ceiling((at - now).TotalHours - 1e-9);

    /// <summary>The note a plan carries for R9 when the member may train.</summary>
    public static RuleNote Explain(IReadOnlyList<SessionRecord> history, DateTimeOffset now, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        var lastHard = LastHard(history, options);
        var combined = CombinedInWindow(history, now).Count;
        List<NoteValue> values =
        [
            NoteValue.Number("needed", options.MinHoursBetweenHardSessions),
            NoteValue.Number("number", combined + 1),
            NoteValue.Number("max", options.MaxCombinedSessionsPer7Days),
        ];
        if (lastHard is null)
        {
            return new RuleNote(Id, "R9.NothingOnRecord", values);
        }

        values.Add(NoteValue.Number("since", Math.Floor((now - lastHard.Value).TotalHours)));
        return new RuleNote(Id, "R9.Recovered", values);
    }

    private static DateTimeOffset? LastHard(IReadOnlyList<SessionRecord> history, PlannerOptions options)
    {
        DateTimeOffset? last = null;
        for (var i = 0; i < history.Count; i++)
        {
            var session = history[i];
            if ((last is null || session.At > last) && TrainedHard(session, options))
            {
                last = session.At;
            }
        }

        return last;
    }

    /// <summary>Start times of the combined sessions in the 7-day window, newest first. A session stamped slightly
    /// ahead of <c>now</c> (clock skew between kiosks) counts as just trained, which errs toward recovery.</summary>
    private static List<DateTimeOffset> CombinedInWindow(IReadOnlyList<SessionRecord> history, DateTimeOffset now)
    {
        var times = new List<DateTimeOffset>();
        for (var i = 0; i < history.Count; i++)
        {
            if (history[i].Combined && history[i].At > now - Window)
            {
                times.Add(history[i].At);
            }
        }

        times.Sort((a, b) => b.CompareTo(a));
        return times;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
