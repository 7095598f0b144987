using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;

namespace BackLegKiosk.Cli;

/// <summary>The words operators type for the profile's enums, shared by <c>plan</c>, <c>member add</c> and CSV import.</summary>
internal static class Choices
{
    public static readonly string[] Experiences = ["beginner", "intermediate", "advanced"];
    public static readonly string[] Goals = ["legs", "back", "strength", "limited-time"];
    public static readonly string[] Focuses = ["legs", "back"];
    public static readonly string[] Units = ["kg", "lb"];

    public static Experience? Experience(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "beginner" => Training.Members.Experience.Beginner,
        "intermediate" => Training.Members.Experience.Intermediate,
        "advanced" => Training.Members.Experience.Advanced,
        _ => null,
    };

    public static TrainingGoal? Goal(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "legs" => TrainingGoal.LegsPriority,
        "back" => TrainingGoal.BackPriority,
        "strength" => TrainingGoal.Strength,
        "limited-time" => TrainingGoal.LimitedTime,
        _ => null,
    };

    public static BodyRegion? Focus(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "legs" => BodyRegion.Legs,
        "back" => BodyRegion.Back,
        _ => null,
    };

    public static WeightUnit? Unit(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "kg" => WeightUnit.Kilograms,
        "lb" => WeightUnit.Pounds,
        _ => null,
    };

    /// <summary>Training's field names as the options that set them, so errors name what the operator typed.</summary>
    private static readonly Dictionary<string, string> OptionForField = new(StringComparer.Ordinal)
    {
        ["profile.experience"] = "--experience",
        ["profile.goal"] = "--goal",
        ["profile.splitDaySetsLegs"] = "--baseline-legs",
        ["profile.splitDaySetsBack"] = "--baseline-back",
        ["profile.bodyWeightKg"] = "--body-weight",
        ["profile.availableMinutes"] = "--minutes",
        ["profile.units"] = "--units",
        ["sleepHoursLastNight"] = "--sleep",
        ["focus"] = "--focus",
    };

    /// <summary>The option an operator typed for a field Training names, or the field itself.</summary>
    public static string OptionFor(string field) => OptionForField.GetValueOrDefault(field, field);
}
