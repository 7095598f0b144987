namespace BackLegKiosk.Training.Notes;

/// <summary>
/// A sentence about a plan tied to the rule behind it, so kiosks and staff can show why. It is kept as a kind
/// and typed values rather than finished words, so each screen writes it in its member's language and number
/// format; <see cref="Text"/> is the English the command line and logs read.
/// </summary>
/// <param name="RuleId">R1-R11, or <see cref="Rules.TrainingRules.ProgressionId"/> for load progression.</param>
/// <param name="Kind">Which sentence: a key of <see cref="NoteLanguage"/>'s templates, such as <c>R9.TooSoon</c>.</param>
/// <param name="Values">What the sentence names, by the placeholders of its template.</param>
public sealed record RuleNote(string RuleId, string Kind, IReadOnlyList<NoteValue> Values)
{
    /// <summary>A note known only as finished English words, such as one from a server older than note kinds.</summary>
    public static RuleNote Plain(string ruleId, string text) => new(ruleId, "Plain", [NoteValue.Text("text", text)]);

    /// <summary>The sentence in English.</summary>
    public string Text => NoteLanguage.English.Render(this);

    /// <summary>Two notes are the same when they say the same thing, whatever list holds their values.</summary>
    public bool Equals(RuleNote? other) =>
        other is not null && RuleId == other.RuleId && Kind == other.Kind && Text == other.Text;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleId, Kind, Text);

    /// <inheritdoc />
    public override string ToString() => $"{RuleId}: {Text}";
}
