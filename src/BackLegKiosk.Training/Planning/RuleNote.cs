namespace BackLegKiosk.Training.Planning;

/// <summary>A sentence about a plan tied to the rule behind it, so kiosks and staff can show why.</summary>
/// <param name="RuleId">R1-R11, or <see cref="Rules.TrainingRules.ProgressionId"/> for load progression.</param>
/// <param name="Text">What the rule did or warns about, in plain words.</param>
public sealed record RuleNote(string RuleId, string Text)
{
    /// <inheritdoc />
    public override string ToString() => $"{RuleId}: {Text}";
}
