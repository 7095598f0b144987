namespace BackLegKiosk.Kiosk.Core;

/// <summary>A session's plan as the kiosk works through it: the supersets in order, under the server's session id.</summary>
/// <param name="SessionId">The server's id of the session, which every fact logged against it carries.</param>
/// <param name="Supersets">The supersets, in the order they are done.</param>
/// <param name="DisplacedExerciseId">The lift a busy station kept from opening, if any: at each superset boundary the kiosk asks the server whether it can come back.</param>
public sealed record WorkoutPlan(string SessionId, IReadOnlyList<WorkoutSuperset> Supersets, string? DisplacedExerciseId = null);
