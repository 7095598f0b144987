using BackLegKiosk.Training.Notes;

namespace BackLegKiosk.Training.Tests;

/// <summary>What makes a note one every language can write: a kind Training knows, with every value its sentence names.</summary>
public class NoteLanguageTests
{
    [Fact]
    public void ANoteIsComplete_OnlyWithAKnownKind_AndEveryValueItsSentenceNames_PartsIncluded()
    {
        var whole = new RuleNote("R7", "R7.Fewer", [NoteValue.Number("count", 4)]);
        var missing = new RuleNote("R7", "R7.Fewer", []);
        var unknown = new RuleNote("R7", "R7.FromANewerServer", [NoteValue.Number("count", 4)]);
        var brokenPart = new RuleNote("R6", "R6.Kept", [NoteValue.Parts("parts", [missing], NoteJoin.Semicolon)]);

        Assert.True(NoteLanguage.IsComplete(whole));
        Assert.Equal("4 exercises per group instead of a split day's 5, for fewer, higher-quality sets.", whole.Text);
        Assert.False(NoteLanguage.IsComplete(missing));
        Assert.False(NoteLanguage.IsComplete(unknown));
        Assert.False(NoteLanguage.IsComplete(brokenPart));
    }
}
