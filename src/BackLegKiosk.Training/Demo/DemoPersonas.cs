using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.History;
using BackLegKiosk.Training.Members;

namespace BackLegKiosk.Training.Demo;

/// <summary>
/// The four demo members: an advanced legs-focus lifter, an advanced back-focus lifter, a beginner,
/// and a member who trained yesterday. Histories are made relative to <c>now</c>, so the demo tells
/// the same story whenever it runs.
/// </summary>
public static class DemoPersonas
{
    /// <summary>The advanced legs-focus persona's key.</summary>
    public const string AdvancedLegs = "advanced-legs";

    /// <summary>The advanced back-focus persona's key.</summary>
    public const string AdvancedBack = "advanced-back";

    /// <summary>The beginner persona's key.</summary>
    public const string Beginner = "beginner";

    /// <summary>The trained-30-hours-ago persona's key.</summary>
    public const string TrainedYesterday = "trained-yesterday";

    /// <summary>Every persona key, in display order.</summary>
    public static IReadOnlyList<string> Keys { get; } = [AdvancedLegs, AdvancedBack, Beginner, TrainedYesterday];

    /// <summary>Every persona as of <paramref name="now"/>.</summary>
    public static IReadOnlyList<DemoPersona> All(DateTimeOffset now) => [.. Keys.Select(k => Get(k, now))];

    /// <summary>One persona as of <paramref name="now"/>.</summary>
    /// <exception cref="ArgumentException">The key is not one of <see cref="Keys"/>.</exception>
    public static DemoPersona Get(string key, DateTimeOffset now) => key switch
    {
        AdvancedLegs => new DemoPersona(
            key,
            "1001",
            "Alex Rivera",
            new MemberProfile(Experience.Advanced, TrainingGoal.LegsPriority, 16, 14, 82,
                new Dictionary<string, double> { ["back-squat"] = 160, ["romanian-deadlift"] = 150, ["deadlift"] = 200, ["barbell-row"] = 100, ["hack-squat"] = 200 },
                90, WeightUnit.Kilograms),
            Combined(now, lastHoursAgo: 96, weeks: 4, perWeek: 2, BodyRegion.Legs, squatKg: 130, deadliftKg: 165),
            8),
        AdvancedBack => new DemoPersona(
            key,
            "1002",
            "Blake Chen",
            new MemberProfile(Experience.Advanced, TrainingGoal.BackPriority, 14, 16, 90,
                new Dictionary<string, double> { ["deadlift"] = 230, ["barbell-row"] = 120, ["pendlay-row"] = 110, ["hack-squat"] = 220 },
                100, WeightUnit.Pounds),
            Combined(now, lastHoursAgo: 96, weeks: 4, perWeek: 2, BodyRegion.Back, squatKg: 140, deadliftKg: 190),
            7.5),
        Beginner => new DemoPersona(
            key,
            "1003",
            "Casey Morgan",
            new MemberProfile(Experience.Beginner, TrainingGoal.LegsPriority, 10, 10, 68, new Dictionary<string, double>(), 75, WeightUnit.Kilograms),
            Combined(now, lastHoursAgo: 120, weeks: 2, perWeek: 1, BodyRegion.Legs, squatKg: 50, deadliftKg: 70),
            6),
        TrainedYesterday => new DemoPersona(
            key,
            "1004",
            "Dana Okafor",
            new MemberProfile(Experience.Advanced, TrainingGoal.Strength, 15, 15, 75,
                new Dictionary<string, double> { ["back-squat"] = 140, ["deadlift"] = 180 },
                90, WeightUnit.Kilograms),
            Combined(now, lastHoursAgo: 30, weeks: 4, perWeek: 1, BodyRegion.Legs, squatKg: 115, deadliftKg: 150),
            8),
        _ => throw new ArgumentException($"Unknown persona '{key}'; expected one of: {string.Join(", ", Keys)}.", nameof(key)),
    };

    /// <summary>
    /// Combined sessions going back <paramref name="weeks"/> weeks, the newest <paramref name="lastHoursAgo"/>
    /// hours ago, each a little heavier than the one before so strength estimates rise.
    /// </summary>
    private static List<SessionRecord> Combined(DateTimeOffset now, int lastHoursAgo, int weeks, int perWeek, BodyRegion lastFocus, double squatKg, double deadliftKg)
    {
        var sessions = new List<SessionRecord>();
        var count = weeks * perWeek;
        var spacingHours = 168 / perWeek;
        for (var i = 0; i < count; i++)
        {
            var at = now.AddHours(-(lastHoursAgo + (i * spacingHours)));
            var focus = i % 2 == 0 ? lastFocus : (lastFocus == BodyRegion.Legs ? BodyRegion.Back : BodyRegion.Legs);
            var progress = 1 - (0.02 * i);
            var squat = Math.Round(squatKg * progress / 2.5) * 2.5;
            var pull = Math.Round(deadliftKg * progress / 2.5) * 2.5;
            var sets = new List<SetRecord>();
            sets.AddRange(Repeat(4, new SetRecord(focus == BodyRegion.Legs ? "back-squat" : "hack-squat", BodyRegion.Legs, squat, 5, 8, false)));
            sets.AddRange(Repeat(3, new SetRecord("bulgarian-split-squat", BodyRegion.Legs, Math.Round(24 * progress), 10, 8, false)));
            sets.AddRange(Repeat(3, new SetRecord("lying-leg-curl", BodyRegion.Legs, 40, 12, 8.5, false)));
            sets.AddRange(Repeat(3, new SetRecord("deadlift", BodyRegion.Back, pull, 3, 8, false)));
            sets.AddRange(Repeat(4, new SetRecord("pull-up", BodyRegion.Back, 0, 8, 8, false)));
            sets.AddRange(Repeat(3, new SetRecord("chest-supported-row", BodyRegion.Back, 50, 10, 8, false)));
            sessions.Add(new SessionRecord(at, true, focus, sets));
        }

        return sessions;
    }

    private static IEnumerable<SetRecord> Repeat(int count, SetRecord set) => Enumerable.Repeat(set, count);
}
