using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Vocabulary;

namespace BackLegKiosk.Cli;

/// <summary>The words operators type for the profile's enums (Training's <see cref="Words"/>), shared by <c>plan</c>, <c>member add</c> and CSV import.</summary>
internal static class Choices
{
    public static readonly string[] Experiences = [.. Words.All<Experience>()];
    public static readonly string[] Goals = [.. Words.All<TrainingGoal>()];
    public static readonly string[] Focuses = [.. Words.All<BodyRegion>()];
    public static readonly string[] Units = [.. Words.All<WeightUnit>()];

    public static Experience? Experience(string? value) => Words.Parse<Experience>(value);

    public static TrainingGoal? Goal(string? value) => Words.Parse<TrainingGoal>(value);

    public static BodyRegion? Focus(string? value) => Words.Parse<BodyRegion>(value);

    public static WeightUnit? Unit(string? value) => Words.Parse<WeightUnit>(value);
}
