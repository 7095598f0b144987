using System.Reflection;
using System.Text.Json;
using BackLegKiosk.Training.Catalog;

namespace BackLegKiosk.Server.Domain.HistoryImport;

/// <summary>
/// Which catalog exercise an app's exercise name means: the names Strong, Hevy and FitNotes use (shipped in
/// import-names.json), the gym's own additions (<c>BackLeg:ImportNames</c>), and the catalog's own ids and
/// names. Case and surrounding spaces do not matter.
/// </summary>
public sealed class ImportNames
{
    private readonly Dictionary<string, Exercise> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="catalog">The exercises names map to.</param>
    /// <param name="gymNames">The gym's additions, which win over the shipped table.</param>
    public ImportNames(ExerciseCatalog catalog, IReadOnlyDictionary<string, string> gymNames)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(gymNames);
        foreach (var exercise in catalog.Exercises)
        {
            _byName[exercise.Id] = exercise;
            _byName[exercise.Name] = exercise;
        }

        foreach (var (name, id) in Shipped.Value.Concat(gymNames))
        {
            _byName[name.Trim()] = catalog.TryGet(id, out var exercise)
                ? exercise
                : throw new InvalidOperationException($"BackLeg:ImportNames: '{name}' maps to '{id}', which is not in the exercise catalog.");
        }
    }

    /// <summary>The catalog exercise <paramref name="name"/> means, or null when the table does not know it.</summary>
    public Exercise? Find(string name) => _byName.TryGetValue(name.Trim(), out var exercise) ? exercise : null;

    private static readonly Lazy<Dictionary<string, string>> Shipped = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("BackLegKiosk.Server.Domain.HistoryImport.import-names.json")
            ?? throw new InvalidOperationException("import-names.json is not embedded.");
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("names").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    });
}
