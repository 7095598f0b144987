using BackLegKiosk.Training.Sets;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>A set fact of the session as this kiosk knows it, from any kiosk: the fold's view of it, and for a logged or corrected set what was lifted.</summary>
/// <param name="Fold">What <see cref="SetFold"/> needs.</param>
/// <param name="Lifted">The set's numbers; null for a void.</param>
public sealed record WorkoutFact(SetFact Fold, LoggedSet? Lifted);
