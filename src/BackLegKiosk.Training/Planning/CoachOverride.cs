using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Rules;

namespace BackLegKiosk.Training.Planning;

/// <summary>
/// A coach's word, for today only, that the member may train although a rule says no (R9: too soon or
/// too often) or that it does not suit them (R8). The plan still applies every other rule and says it was
/// made under the override, by whom and why.
/// </summary>
/// <param name="Rules">The rules set aside: R8, R9 or both.</param>
/// <param name="By">The coach's sign-in name.</param>
/// <param name="Reason">Why, in the coach's words.</param>
public sealed record CoachOverride(IReadOnlySet<string> Rules, string By, string Reason)
{
    /// <summary>The rules a coach may set aside.</summary>
    public static IReadOnlySet<string> Overridable { get; } = new HashSet<string>(StringComparer.Ordinal) { R8WhoItSuits.Id, R9RecoverySpacing.Id };

    /// <summary>Whether the coach set <paramref name="ruleId"/> aside.</summary>
    public bool Covers(string ruleId) => Rules.Contains(ruleId);

    private const string NoteKind = "Override";

    /// <summary>The note a plan made under this override carries for <paramref name="ruleId"/>: who, why, and what the rule said.</summary>
    public RuleNote NoteFor(string ruleId, IEnumerable<RuleNote> whatTheRuleSaid) =>
        new(ruleId, NoteKind, [NoteValue.Text("coach", By), NoteValue.Text("reason", Reason), NoteValue.Parts("said", whatTheRuleSaid, NoteJoin.Space)]);

    /// <summary>Whether <paramref name="note"/> is a coach's override note rather than the rule's own verdict.</summary>
    public static bool IsOverrideNote(RuleNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.Kind == NoteKind;
    }
}
