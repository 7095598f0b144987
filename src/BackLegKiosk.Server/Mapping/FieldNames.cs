using System.Text;

namespace BackLegKiosk.Server.Mapping;

/// <summary>
/// What each edge calls a field Training names in camelCase: a gRPC client by its proto (snake_case)
/// name, an operator by the command-line option or the members CSV column that sets it. One table, so
/// every refusal names the field the way the person who sent it wrote it.
/// </summary>
public static class FieldNames
{
    private static readonly Dictionary<string, (string Option, string? Column)> Typed = new(StringComparer.Ordinal)
    {
        ["profile.experience"] = ("--experience", "experience"),
        ["profile.goal"] = ("--goal", "goal"),
        ["profile.splitDaySetsLegs"] = ("--baseline-legs", "baseline_legs"),
        ["profile.splitDaySetsBack"] = ("--baseline-back", "baseline_back"),
        ["profile.bodyWeightKg"] = ("--body-weight", "body_weight_kg"),
        ["profile.availableMinutes"] = ("--minutes", "available_minutes"),
        ["profile.units"] = ("--units", "units"),
        ["sleepHoursLastNight"] = ("--sleep", null),
        ["focus"] = ("--focus", null),
    };

    public static string ToProto(string camel)
    {
        var builder = new StringBuilder(camel.Length + 8);
        var inIndex = false;
        foreach (var c in camel)
        {
            inIndex = c switch { '[' => true, ']' => false, _ => inIndex };
            if (!inIndex && char.IsUpper(c))
            {
                builder.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The command-line option that sets a field Training names, or the field itself.</summary>
    public static string ToOption(string field) => Typed.TryGetValue(field, out var names) ? names.Option : field;

    /// <summary>The members CSV column that holds a field Training names, or the field itself.</summary>
    public static string ToColumn(string field) => Typed.TryGetValue(field, out var names) && names.Column is { } column ? column : field;
}
