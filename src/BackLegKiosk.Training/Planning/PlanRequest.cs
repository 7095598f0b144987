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
public sealed record PlanRequest(
    MemberProfile Profile,
    IReadOnlyList<SessionRecord> History,
    DateTimeOffset Now,
    double SleepHoursLastNight,
    BodyRegion? Focus = null)
{
    /// <summary>Greatest clock skew tolerated between a history entry and <see cref="Now"/>.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Every field that cannot be planned from; empty when the request is sound.</summary>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new List<ValidationError>();
        var p = Profile;
        if (p is null)
        {
            return [new ValidationError("profile", "is required")];
        }

        Check(Enum.IsDefined(p.Experience), "profile.experience", "must be beginner, intermediate or advanced");
        Check(Enum.IsDefined(p.Goal), "profile.goal", "must be legs-priority, back-priority, strength or limited-time");
        Check(Enum.IsDefined(p.Units), "profile.units", "must be kg or lb");
        Check(p.SplitDaySetsLegs is >= MemberProfile.MinSplitDaySets and <= MemberProfile.MaxSplitDaySets,
            "profile.splitDaySetsLegs", $"must be between {MemberProfile.MinSplitDaySets} and {MemberProfile.MaxSplitDaySets}");
        Check(p.SplitDaySetsBack is >= MemberProfile.MinSplitDaySets and <= MemberProfile.MaxSplitDaySets,
            "profile.splitDaySetsBack", $"must be between {MemberProfile.MinSplitDaySets} and {MemberProfile.MaxSplitDaySets}");
        Check(double.IsFinite(p.BodyWeightKg) && p.BodyWeightKg is >= 30 and <= 300, "profile.bodyWeightKg", "must be between 30 and 300 kg");
        Check(p.AvailableMinutes is >= 20 and <= 240, "profile.availableMinutes", "must be between 20 and 240");
        if (p.OneRepMaxesKg is null)
        {
            errors.Add(new ValidationError("profile.oneRepMaxesKg", "is required (may be empty)"));
        }
        else
        {
            foreach (var (id, kg) in p.OneRepMaxesKg)
            {
                Check(id.Length is > 0 and <= 64, $"profile.oneRepMaxesKg[{Trim(id)}]", "must be keyed by an exercise id of 1-64 characters");
                Check(double.IsFinite(kg) && kg is > 0 and <= 600, $"profile.oneRepMaxesKg[{Trim(id)}]", "must be above 0 and at most 600 kg");
            }
        }

        Check(double.IsFinite(SleepHoursLastNight) && SleepHoursLastNight is >= 0 and <= 24, "sleepHoursLastNight", "must be between 0 and 24");
        Check(Focus is null || Enum.IsDefined(Focus.Value), "focus", "must be legs or back");
        if (History is null)
        {
            errors.Add(new ValidationError("history", "is required (may be empty)"));
        }
        else
        {
            for (var i = 0; i < History.Count; i++)
            {
                var session = History[i];
                Check(session is not null && session.At <= Now + ClockSkew, $"history[{i}].at", "must not be in the future");
                if (session?.Sets is null)
                {
                    continue;
                }

                for (var j = 0; j < session.Sets.Count; j++)
                {
                    var set = session.Sets[j];
                    var field = $"history[{i}].sets[{j}]";
                    Check(double.IsFinite(set.LoadKg) && set.LoadKg is >= 0 and <= 600, field + ".loadKg", "must be between 0 and 600 kg");
                    Check(set.Reps is >= 0 and <= 100, field + ".reps", "must be between 0 and 100");
                    Check(set.Rpe is null || (double.IsFinite(set.Rpe.Value) && set.Rpe.Value is >= 1 and <= 10), field + ".rpe", "must be between 1 and 10");
                }
            }
        }

        return errors;

        void Check(bool ok, string field, string message)
        {
            if (!ok)
            {
                errors.Add(new ValidationError(field, message));
            }
        }
    }

    private static string Trim(string id) => id.Length <= 64 ? id : id[..64];
}
