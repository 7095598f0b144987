using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using BackLegKiosk.Training.Rules;

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
                throw new CatalogException($"The catalog needs at least {MinimumPerRegion} {Label(region)} exercises; it has {inRegion.Count}.");
            }

            if (!inRegion.Any(e => R2PriorityFirst.IsOpener(e, region)))
            {
                throw new CatalogException($"The catalog has no exercise that can open a {Label(region)}-focus session (R2).");
            }

            var spareBack = inRegion.Count(e => !e.LoadsErectorsHeavily && !e.NeedsFreshLowerBack);
            if (spareBack < R7FewerExercises.MaxPerGroup)
            {
                throw new CatalogException(
                    $"The catalog needs at least {R7FewerExercises.MaxPerGroup} {Label(region)} exercises that spare the lower back (R3); it has {spareBack}.");
            }
        }
    }

    private static string Label(BodyRegion region) => region.ToString().ToLowerInvariant();

    private sealed class EntryReader(JsonElement element, int index)
    {
        private string? _id;

        public Exercise Read()
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Fail("must be an object");
            }

            var id = String("id");
            if (id.Length == 0 || id.Length > 64 || !id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                throw Fail("id must be 1-64 characters of a-z, 0-9 and '-'");
            }

            _id = id;
            var name = String("name");
            if (string.IsNullOrWhiteSpace(name) || name.Length > 80)
            {
                throw Fail("name must be 1-80 characters");
            }

            var region = Enum<BodyRegion>("region");
            var pattern = Enum<MovementPattern>("pattern");
            if (!PatternFits(pattern, region))
            {
                throw Fail($"pattern '{Kebab(pattern)}' is not a {Label(region)} pattern");
            }

            var technicalDemand = Int("technicalDemand");
            if (technicalDemand is < 1 or > 5)
            {
                throw Fail($"technicalDemand must be between 1 and 5, got {technicalDemand}");
            }

            var repRange = Property("repRange");
            if (repRange.ValueKind != JsonValueKind.Array || repRange.GetArrayLength() != 2
                || !repRange[0].TryGetInt32(out var min) || !repRange[1].TryGetInt32(out var max))
            {
                throw Fail("repRange must be [min, max] of whole numbers");
            }

            if (min < 1 || max > 30 || min > max)
            {
                throw Fail($"repRange must satisfy 1 <= min <= max <= 30, got [{min}, {max}]");
            }

            var rest = Int("restSeconds");
            if (rest is < 10 or > 600)
            {
                throw Fail($"restSeconds must be between 10 and 600, got {rest}");
            }

            var freshBack = Property("needsFreshLowerBack");
            if (freshBack.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw Fail("needsFreshLowerBack must be true or false");
            }

            return new Exercise(
                id,
                name,
                region,
                pattern,
                Enum<Mechanics>("mechanics"),
                technicalDemand,
                Enum<ErectorLoad>("erectorLoad"),
                freshBack.GetBoolean(),
                Enum<Equipment>("equipment"),
                new RepRange(min, max),
                rest);
        }

        private JsonElement Property(string name) =>
            element.TryGetProperty(name, out var value) ? value : throw Fail($"{name} is missing");

        private string String(string name)
        {
            var value = Property(name);
            return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Fail($"{name} must be a string");
        }

        private int Int(string name)
        {
            var value = Property(name);
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
                ? number
                : throw Fail($"{name} must be a whole number");
        }

        private T Enum<T>(string name)
            where T : struct, Enum
        {
            var text = String(name);
            var known = System.Enum.GetValues<T>().Where(v => Kebab(v) == text).ToList();
            return known.Count == 1
                ? known[0]
                : throw Fail($"unknown {name} '{text}' (expected one of: {string.Join(", ", System.Enum.GetValues<T>().Select(v => Kebab(v)))})");
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

    /// <summary>The catalog's spelling of an enum value: <c>KneeDominantMachine</c> is <c>knee-dominant-machine</c>.</summary>
    internal static string Kebab<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
