using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using BackLegKiosk.Training.Notes;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>
/// Every screen text exists in every language with the same placeholders, and every rule note Training can
/// write has a German sentence naming the same values: a key added to one language only fails here.
/// </summary>
public partial class LanguageParityTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    public static TheoryData<string, string> Resources() => new()
    {
        { typeof(KioskStrings).Assembly.GetName().Name!, "BackLegKiosk.Kiosk.Core.Resources.KioskStrings" },
        { typeof(Server.Dashboard.DashboardStrings).Assembly.GetName().Name!, "BackLegKiosk.Server.Resources.Dashboard.DashboardStrings" },
    };

    [Theory]
    [MemberData(nameof(Resources))]
    public void EveryTextExistsInEnglishAndGerman_WithTheSamePlaceholders(string assembly, string baseName)
    {
        var (english, german) = Read(assembly, baseName);
        var germanScreenText = german.Where(g => !IsNoteKey(g.Key)).ToDictionary();

        Assert.Empty(english.Keys.Except(germanScreenText.Keys).Select(k => $"{k} has no German"));
        Assert.Empty(germanScreenText.Keys.Except(english.Keys).Select(k => $"{k} has no English"));
        Assert.Empty(english.Where(e => !Holes(e.Value).SetEquals(Holes(germanScreenText[e.Key]))).Select(e => $"{e.Key}: placeholders differ"));
    }

    [Fact]
    public void EveryRuleNoteAndWord_HasAGermanSentence_NamingTheSameValues()
    {
        var (_, german) = Read(typeof(KioskStrings).Assembly.GetName().Name!, "BackLegKiosk.Kiosk.Core.Resources.KioskStrings");

        var kinds = NoteLanguage.EnglishTemplates.Keys.Select(k => "Note." + k).ToHashSet();
        var words = NoteLanguage.EnglishWords.Keys.Select(k => "Word." + k).ToHashSet();
        var notes = german.Where(g => IsNoteKey(g.Key)).ToDictionary();

        Assert.Empty(kinds.Concat(words).Except(notes.Keys).Select(k => $"{k} has no German"));
        Assert.Empty(notes.Keys.Except(kinds).Except(words).Select(k => $"{k} is no note kind or word Training knows"));
        Assert.Empty(NoteLanguage.EnglishTemplates
            .Where(t => !NoteLanguage.Placeholders(t.Value).SetEquals(NoteLanguage.Placeholders(notes["Note." + t.Key])))
            .Select(t => $"Note.{t.Key}: values differ"));
    }

    private static bool IsNoteKey(string key) => key.StartsWith("Note.", StringComparison.Ordinal) || key.StartsWith("Word.", StringComparison.Ordinal);

    private static (Dictionary<string, string> English, Dictionary<string, string> German) Read(string assembly, string baseName)
    {
        var resources = new ResourceManager(baseName, Assembly.Load(assembly));
        return (Entries(resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!), Entries(resources.GetResourceSet(German, true, false)!));
    }

    private static Dictionary<string, string> Entries(ResourceSet set) =>
        set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    private static HashSet<string> Holes(string text) => [.. Hole().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex Hole();
}
