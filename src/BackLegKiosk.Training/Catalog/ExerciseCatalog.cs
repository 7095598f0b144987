using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using BackLegKiosk.Training.Rules;
using BackLegKiosk.Training.Vocabulary;

namespace BackLegKiosk.Training.Catalog;

/// <summary>
/// The exercises a gym offers. It is data: the built-in catalog is an embedded JSON file, and a gym
/// can load its own with <see cref="Parse(string)"/>. A catalog that breaks an invariant is refused
/// at load with a <see cref="CatalogException"/> naming the entry, so a bad file never reaches a plan.
/// </summary>
public sealed class ExerciseCatalog
{
    /// <summary>Fewest exercises per region: the planner needs up to four per group (R7) and room to swap (R3).</summary>
    public const int MinimumPerRegion = 6;

    private static readonly Lazy<ExerciseCatalog> BuiltIn = new(LoadBuiltIn);
    private readonly FrozenDictionary<string, Exercise> _byId;

    private ExerciseCatalog(IReadOnlyList<Exercise> exercises)
    {
        Exercises = exercises;
        _byId = exercises.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>The catalog shipped with BackLegKiosk.</summary>
    public static ExerciseCatalog Default => BuiltIn.Value;

    /// <summary>Every exercise, in file order.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>The exercises of one region, in file order.</summary>
    public IEnumerable<Exercise> InRegion(BodyRegion region) => Exercises.Where(e => e.Region == region);

    /// <summary>Looks an exercise up by id.</summary>
    public bool TryGet(string id, out Exercise exercise) => _byId.TryGetValue(id, out exercise!);

    /// <summary>Looks an exercise up by id, or throws <see cref="KeyNotFoundException"/>.</summary>
    public Exercise Get(string id) =>
        _byId.TryGetValue(id, out var exercise) ? exercise : throw new KeyNotFoundException($"Unknown exercise id '{id}'.");

    /// <summary>Parses and validates a catalog from its JSON text.</summary>
    /// <exception cref="CatalogException">The JSON is malformed or an entry breaks an invariant.</exception>
    public static ExerciseCatalog Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new CatalogException($"The catalog is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("exercises", out var array)
                || array.ValueKind != JsonValueKind.Array)
            {
                throw new CatalogException("The catalog must be an object with an 'exercises' array.");
            }

            var exercises = new List<Exercise>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                index++;
                var entry = new EntryReader(element, index);
                var exercise = entry.Read();
                if (!seen.Add(exercise.Id))
                {
                    throw new CatalogException($"Catalog entry {index} ('{exercise.Id}'): duplicate id.");
                }

                exercises.Add(exercise);
            }

            CheckCoverage(exercises);
            return new ExerciseCatalog(exercises);
        }
    }

    private static ExerciseCatalog LoadBuiltIn()
    {
        using var stream = typeof(ExerciseCatalog).Assembly.GetManifestResourceStream("BackLegKiosk.Training.exercises.json")
            ?? throw new CatalogException("The built-in catalog resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private static void CheckCoverage(List<Exercise> exercises)
    {
        foreach (var region in Enum.GetValues<BodyRegion>())
        {
            var inRegion = exercises.Where(e => e.Region == region).ToList();
            if (inRegion.Count < MinimumPerRegion)
            {
                throw new CatalogException($"The catalog needs at least {MinimumPerRegion} {Words.Of(region)} exercises; it has {inRegion.Count}.");
            }

            if (!inRegion.Any(e => R2PriorityFirst.IsOpener(e, region)))
            {
                throw new CatalogException($"The catalog has no exercise that can open a {Words.Of(region)}-focus session (R2).");
            }

            var spareBack = inRegion.Count(e => !e.LoadsErectorsHeavily && !e.NeedsFreshLowerBack);
            if (spareBack < R7FewerExercises.MaxPerGroup)
            {
                throw new CatalogException(
                    $"The catalog needs at least {R7FewerExercises.MaxPerGroup} {Words.Of(region)} exercises that spare the lower back (R3); it has {spareBack}.");
            }
        }
    }

    /// <summary>One entry as the file spells it; every field nullable, so a missing one is named rather than defaulted.</summary>
    private sealed record Entry(
        string? Id,
        string? Name,
        BodyRegion? Region,
        MovementPattern? Pattern,
        Mechanics? Mechanics,
        int? TechnicalDemand,
        ErectorLoad? ErectorLoad,
        bool? NeedsFreshLowerBack,
        Equipment? Equipment,
        int[]? RepRange,
        int? RestSeconds,
        string? Station);

    /// <summary>Reads one entry with System.Text.Json (enums as their <see cref="Words"/>) and checks it, every refusal naming the entry.</summary>
    private sealed class EntryReader(JsonElement element, int index)
    {
        private static readonly JsonSerializerOptions Json = new()
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Converters = { new WordsJsonConverter() },
        };

        private string? _id;

        public Exercise Read()
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Fail("must be an object");
            }

            _id = element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            var entry = Deserialize();
            var name = Required(entry.Name, "name");
            var region = Required(entry.Region, "region");
            var pattern = Required(entry.Pattern, "pattern");
            var demand = Required(entry.TechnicalDemand, "technicalDemand");
            var repRange = Required(entry.RepRange, "repRange");
            var rest = Required(entry.RestSeconds, "restSeconds");
            Check(Required(entry.Id, "id") is { Length: > 0 and <= 64 } text && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'), "id must be 1-64 characters of a-z, 0-9 and '-'");
            Check(!string.IsNullOrWhiteSpace(name) && name.Length <= 80, "name must be 1-80 characters");
            Check(PatternFits(pattern, region), $"pattern '{Words.Of(pattern)}' is not a {Words.Of(region)} pattern");
            Check(demand is >= 1 and <= 5, $"technicalDemand must be between 1 and 5, got {demand}");
            Check(repRange.Length == 2, "repRange must be [min, max] of whole numbers");
            Check(repRange[0] >= 1 && repRange[1] <= 30 && repRange[0] <= repRange[1], $"repRange must satisfy 1 <= min <= max <= 30, got [{repRange[0]}, {repRange[1]}]");
            Check(rest is >= 10 and <= 600, $"restSeconds must be between 10 and 600, got {rest}");
            Check(entry.Station is null || (entry.Station.Length is > 0 and <= 40 && entry.Station.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')), "station must be 1-40 characters of a-z, 0-9 and '-'");
            return new Exercise(
                _id!,
                name,
                region,
                pattern,
                Required(entry.Mechanics, "mechanics"),
                demand,
                Required(entry.ErectorLoad, "erectorLoad"),
                Required(entry.NeedsFreshLowerBack, "needsFreshLowerBack"),
                Required(entry.Equipment, "equipment"),
                new RepRange(repRange[0], repRange[1]),
                rest)
            {
                Station = entry.Station,
            };
        }

        private Entry Deserialize()
        {
            try
            {
                return element.Deserialize<Entry>(Json)!;
            }
            catch (JsonException ex)
            {
                // The path names the field ($.pattern); the refusal says what it should be, in the file's words.
                var field = ex.Path?.TrimStart('$', '.').Split('[', '.')[0] ?? string.Empty;
                var type = typeof(Entry).GetProperties().FirstOrDefault(p => Json.PropertyNamingPolicy!.ConvertName(p.Name) == field)?.PropertyType;
                var inner = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
                throw Fail(inner switch
                {
                    { IsEnum: true } => $"unknown {field} '{element.GetProperty(field)}' (expected one of: {string.Join(", ", Words.All(inner))})",
                    _ when inner == typeof(int) => $"{field} must be a whole number",
                    _ when inner == typeof(bool) => $"{field} must be true or false",
                    _ when inner == typeof(int[]) => $"{field} must be [min, max] of whole numbers",
                    _ => $"{field} must be a string",
                });
            }
        }

        private T Required<T>(T? value, string field)
            where T : struct => value ?? throw Fail($"{field} is missing");

        private T Required<T>(T? value, string field)
            where T : class => value ?? throw Fail($"{field} is missing");

        private void Check(bool ok, string what)
        {
            if (!ok)
            {
                throw Fail(what);
            }
        }

        private CatalogException Fail(string what)
        {
            var who = _id is null ? string.Empty : $" ('{_id}')";
            return new CatalogException(string.Create(CultureInfo.InvariantCulture, $"Catalog entry {index}{who}: {what}."));
        }
    }

    private static bool PatternFits(MovementPattern pattern, BodyRegion region) => pattern switch
    {
        MovementPattern.Hinge => true,
        MovementPattern.Squat or MovementPattern.SingleLeg or MovementPattern.KneeDominantMachine or MovementPattern.HipExtension
            or MovementPattern.KneeExtension or MovementPattern.KneeFlexion or MovementPattern.Calf => region == BodyRegion.Legs,
        _ => region == BodyRegion.Back,
    };
}
