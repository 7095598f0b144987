using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Sets;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>A set as the member lifted it: logged here before it goes into the outbox, or read back from a logged or corrected set fact.</summary>
/// <param name="FactId">The fact's id, made on the kiosk so a retry is recognised.</param>
/// <param name="SessionId">The session it belongs to.</param>
/// <param name="OccurredAt">When it was logged, by the kiosk's clock.</param>
/// <param name="Key">Which set of the session it is.</param>
/// <param name="ExerciseId">The catalog id of the exercise.</param>
/// <param name="Load">The load lifted.</param>
/// <param name="Reps">Reps done.</param>
/// <param name="Failed">The reps fell short of the target.</param>
/// <param name="Rpe">The member's effort rating, when given.</param>
public sealed record LoggedSet(
    Guid FactId,
    string SessionId,
    DateTimeOffset OccurredAt,
    SetKey Key,
    string ExerciseId,
    Load Load,
    int Reps,
    bool Failed,
    double? Rpe)
{
    /// <summary>The record of it as a newly logged set.</summary>
    public WorkoutFact AsLogged => new(SetFact.Logged(FactId, OccurredAt, Key), this);

    /// <summary>The record of it as the correction of <paramref name="target"/>.</summary>
    public WorkoutFact AsCorrectionOf(Guid target) => new(SetFact.Corrected(FactId, OccurredAt, Key, target), this);
}
