using System.Text.Json;
using BackLegKiosk.Training.Members;

namespace BackLegKiosk.Training.Vocabulary;

/// <summary>
/// The words people read and type for Training's enums: options and CSV columns of the command line, a
/// gym's exercise catalog, member exports. One table, so <c>limited-time</c> or <c>knee-dominant-machine</c>
/// means the same everywhere. A value's word is its name in kebab case unless the table says otherwise.
/// </summary>
public static class Words
{
    private static readonly Dictionary<Enum, string> Shorter = new()
    {
        [TrainingGoal.LegsPriority] = "legs",
        [TrainingGoal.BackPriority] = "back",
        [WeightUnit.Kilograms] = "kg",
        [WeightUnit.Pounds] = "lb",
        [Language.English] = "en",
        [Language.German] = "de",
    };

    /// <summary>The word for <paramref name="value"/>: <c>KneeDominantMachine</c> is <c>knee-dominant-machine</c>, <c>Kilograms</c> is <c>kg</c>.</summary>
    public static string Of(Enum value) =>
        Shorter.TryGetValue(value, out var word) ? word : JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Every word of an enum type known only at run time, in declaration order.</summary>
    public static IReadOnlyList<string> All(Type enumType) => [.. Enum.GetValues(enumType).Cast<Enum>().Select(Of)];

    /// <summary>Every word of <typeparamref name="T"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => All(typeof(T));

    /// <summary>The words of <typeparamref name="T"/> as a choice in a sentence: <c>beginner, intermediate or advanced</c>.</summary>
    public static string OneOf<T>()
        where T : struct, Enum
    {
        var words = All<T>();
        return words.Count == 1 ? words[0] : $"{string.Join(", ", words.Take(words.Count - 1))} or {words[^1]}";
    }

    /// <summary>The value whose word is <paramref name="word"/> (case and surrounding spaces ignored), or null.</summary>
    public static T? Parse<T>(string? word)
        where T : struct, Enum
    {
        var wanted = word?.Trim().ToLowerInvariant();
        foreach (var value in Enum.GetValues<T>())
        {
            if (Of(value) == wanted)
            {
                return value;
            }
        }

        return null;
    }
}
