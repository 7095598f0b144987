using BackLegKiosk.Training.Catalog;

namespace BackLegKiosk.Training.Tests;

public class ExerciseCatalogTests
{
    private const string Valid = """
        { "id": "x-{0}", "name": "X {0}", "region": "{1}", "pattern": "{2}", "mechanics": "compound", "technicalDemand": 3,
          "erectorLoad": "low", "needsFreshLowerBack": false, "equipment": "barbell", "repRange": [5, 8], "restSeconds": 120 }
        """;

    [Fact]
    public void Default_HasAtLeastTwelvePerRegion_WithEveryFieldSet()
    {
        var catalog = ExerciseCatalog.Default;

        Assert.True(catalog.InRegion(BodyRegion.Legs).Count() >= 12);
        Assert.True(catalog.InRegion(BodyRegion.Back).Count() >= 12);
        Assert.All(catalog.Exercises, e =>
        {
            Assert.InRange(e.TechnicalDemand, 1, 5);
            Assert.True(e.RestSeconds > 0);
            Assert.True(e.RepRange.Min <= e.RepRange.Max);
        });
        Assert.Contains(catalog.Exercises, e => e.NeedsFreshLowerBack);
        Assert.Contains(catalog.Exercises, e => e.LoadsErectorsHeavily);
    }

    [Fact]
    public void Parse_CustomCatalog_IsUsedAsData()
    {
        var catalog = ExerciseCatalog.Parse(Build());

        Assert.Equal(12, catalog.Exercises.Count);
        Assert.Equal(MovementPattern.KneeDominantMachine, catalog.Get("x-1").Pattern);
    }

    [Theory]
    [InlineData("\"restSeconds\": 120", "\"restSeconds\": -5", "entry 1 ('x-1'): restSeconds must be between 10 and 600, got -5")]
    [InlineData("\"pattern\": \"knee-dominant-machine\"", "\"pattern\": \"teleport\"", "entry 1 ('x-1'): unknown pattern 'teleport'")]
    [InlineData("\"technicalDemand\": 3", "\"technicalDemand\": 9", "entry 1 ('x-1'): technicalDemand must be between 1 and 5, got 9")]
    [InlineData("\"repRange\": [5, 8]", "\"repRange\": [8, 5]", "entry 1 ('x-1'): repRange must satisfy")]
    [InlineData("\"region\": \"legs\", \"pattern\": \"knee-dominant-machine\"", "\"region\": \"legs\", \"pattern\": \"vertical-pull\"", "entry 1 ('x-1'): pattern 'vertical-pull' is not a legs pattern")]
    [InlineData("\"name\": \"X 1\"", "\"nam\": \"X 1\"", "entry 1 ('x-1'): name is missing")]
    public void Parse_EntryBreaksInvariant_IsRefusedNamingTheEntry(string find, string replace, string expected)
    {
        var json = ReplaceFirst(Build(), find, replace);

        var error = Assert.Throws<CatalogException>(() => ExerciseCatalog.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateId_IsRefusedNamingTheEntry()
    {
        var json = Build().Replace("\"id\": \"x-2\"", "\"id\": \"x-1\"", StringComparison.Ordinal);

        var error = Assert.Throws<CatalogException>(() => ExerciseCatalog.Parse(json));

        Assert.Contains("entry 2 ('x-1'): duplicate id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotJson_IsRefused() =>
        Assert.Throws<CatalogException>(() => ExerciseCatalog.Parse("{ exercises: "));

    [Fact]
    public void Parse_TooFewOfARegion_IsRefused()
    {
        var entries = Enumerable.Range(1, 6).Select(i => Entry(i, "legs", "knee-dominant-machine"));

        var error = Assert.Throws<CatalogException>(() => ExerciseCatalog.Parse($$"""{ "exercises": [{{string.Join(",", entries)}}] }"""));

        Assert.Contains("at least 6 back exercises", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoBackOpener_IsRefused()
    {
        var json = Build().Replace("\"pattern\": \"horizontal-pull\"", "\"pattern\": \"vertical-pull\"", StringComparison.Ordinal);

        var error = Assert.Throws<CatalogException>(() => ExerciseCatalog.Parse(json));

        Assert.Contains("open a back-focus session (R2)", error.Message, StringComparison.Ordinal);
    }

    private static string Build()
    {
        var legs = Enumerable.Range(1, 6).Select(i => Entry(i, "legs", "knee-dominant-machine"));
        var back = Enumerable.Range(7, 6).Select(i => Entry(i, "back", i == 7 ? "horizontal-pull" : "vertical-pull"));
        return $$"""{ "exercises": [{{string.Join(",", legs.Concat(back))}}] }""";
    }

    private static string Entry(int i, string region, string pattern) =>
        Valid.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{1}", region, StringComparison.Ordinal)
            .Replace("{2}", pattern, StringComparison.Ordinal);

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not in the catalog under test");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
