namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>A member's progress on one exercise: heaviest load, best e1RM and its trend by session.</summary>
public sealed record ExerciseProgress(
    string ExerciseId,
    string ExerciseName,
    double BestLoadKg,
    double BestE1RmKg,
    DateTimeOffset? BestAt,
    IReadOnlyList<E1rmPoint> Trend);
