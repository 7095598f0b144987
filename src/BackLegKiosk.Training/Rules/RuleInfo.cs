namespace BackLegKiosk.Training.Rules;

/// <summary>A training rule as shown to people.</summary>
/// <param name="Id">R1-R11.</param>
/// <param name="Name">Short name.</param>
/// <param name="Summary">What it says, from the seed.</param>
public sealed record RuleInfo(string Id, string Name, string Summary);
