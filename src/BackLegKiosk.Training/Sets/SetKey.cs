namespace BackLegKiosk.Training.Sets;

/// <summary>Which set of a session a logged set is: at most one set counts for each key.</summary>
/// <param name="Slot">The plan slot, e.g. A1.</param>
/// <param name="SetNumber">1-based, per exercise.</param>
/// <param name="WarmUp">Warm-ups are numbered apart from working sets.</param>
public readonly record struct SetKey(string Slot, int SetNumber, bool WarmUp);
