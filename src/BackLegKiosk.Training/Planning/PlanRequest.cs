using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.History;
using BackLegKiosk.Training.Members;

namespace BackLegKiosk.Training.Planning;

/// <summary>Everything a plan is made from. The same request always gives the same plan.</summary>
/// <param name="Profile">The member.</param>
/// <param name="History">The member's past sessions, in any order.</param>
/// <param name="Now">The check-in time (from a <see cref="TimeProvider"/>, never the wall clock inside Training).</param>
/// <param name="SleepHoursLastNight">What the member reported at check-in.</param>
/// <param name="Focus">The day's priority group when the member picks one; otherwise R2 derives it from the goal.</param>
/// <param name="Override">A coach's override for today, if any.</param>
/// <param name="Floor">The stations the gym has and those in use now; null plans as if the floor were empty.</param>
public sealed record PlanRequest(
    MemberProfile Profile,
    IReadOnlyList<SessionRecord> History,
    DateTimeOffset Now,
    double SleepHoursLastNight,
    BodyRegion? Focus = null,
    CoachOverride? Override = null,
    FloorState? Floor = null)
{
    /// <summary>Greatest clock skew tolerated between a history entry and <see cref="Now"/>.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Every field that cannot be planned from; empty when the request is sound.</summary>
    /// <remarks>Runs at every check-in, so field names are only built for fields in error.</remarks>
    public IReadOnlyList<ValidationError> Validate()
    {
        List<ValidationError>? errors = null;
        var p = Profile;
        if (p is null)
        {
            return [new ValidationError("profile", "is required")];
        }

        foreach (var error in p.Validate())
        {
            Add(error.Field, error.Message);
        }

        if (!double.IsFinite(SleepHoursLastNight) || SleepHoursLastNight is < 0 or > 24)
        {
            Add("sleepHoursLastNight", "must be between 0 and 24");
        }

        if (Focus is { } focus && !Enum.IsDefined(focus))
        {
            Add("focus", "must be legs or back");
        }

        if (History is null)
        {
            Add("history", "is required (may be empty)");
        }
        else
        {
            ValidateHistory(Add);
        }

        return errors ?? (IReadOnlyList<ValidationError>)[];

        void Add(string field, string message) => (errors ??= []).Add(new ValidationError(field, message));
    }

    private void ValidateHistory(Action<string, string> add)
    {
        for (var i = 0; i < History.Count; i++)
        {
            var session = History[i];
            if (session is null || session.At > Now + ClockSkew)
            {
                add($"history[{i}].at", "must not be in the future");
            }

            if (session?.Sets is null)
            {
                continue;
            }

            for (var j = 0; j < session.Sets.Count; j++)
            {
                var set = session.Sets[j];
                if (!double.IsFinite(set.LoadKg) || set.LoadKg is < 0 or > 600)
                {
                    add($"history[{i}].sets[{j}].loadKg", "must be between 0 and 600 kg");
                }

                if (set.Reps is < 0 or > 100)
                {
                    add($"history[{i}].sets[{j}].reps", "must be between 0 and 100");
                }

                if (set.Rpe is { } rpe && (!double.IsFinite(rpe) || rpe is < 1 or > 10))
                {
                    add($"history[{i}].sets[{j}].rpe", "must be between 1 and 10");
                }
            }
        }
    }
}
