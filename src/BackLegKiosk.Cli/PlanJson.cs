using System.Text.Json;
using BackLegKiosk.Training.Planning;
using BackLegKiosk.Training.Vocabulary;

namespace BackLegKiosk.Cli;

/// <summary>The plan as JSON for scripts: camelCase names, enums as kebab-case words.</summary>
internal static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new WordsJsonConverter() },
    };

    public static string Serialize(SessionPlan plan) => JsonSerializer.Serialize(plan, Options);
}
