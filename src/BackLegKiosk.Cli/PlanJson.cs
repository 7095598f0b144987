using System.Text.Json;
using System.Text.Json.Serialization;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Cli;

/// <summary>The plan as JSON for scripts: camelCase names, enums as kebab-case words.</summary>
internal static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Serialize(SessionPlan plan) => JsonSerializer.Serialize(plan, Options);
}
