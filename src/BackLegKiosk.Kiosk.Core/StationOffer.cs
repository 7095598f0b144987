using BackLegKiosk.Training.Notes;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>A lift a busy station kept from opening, offered back now that its station is free.</summary>
/// <param name="Superset">The superset it comes back at: the one about to start.</param>
/// <param name="Note">What changes, as the plan's note says it.</param>
/// <param name="Plan">The plan with the offer taken.</param>
public sealed record StationOffer(string Superset, RuleNote Note, WorkoutPlan Plan);
