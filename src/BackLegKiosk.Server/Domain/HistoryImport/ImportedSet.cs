namespace BackLegKiosk.Server.Domain.HistoryImport;

/// <summary>One set read from an export, before its exercise is looked up.</summary>
/// <param name="Line">The line of the file it came from, for reports.</param>
/// <param name="Workout">When the workout began, by the gym's clock; a date-only export says noon.</param>
/// <param name="WorkoutName">The workout's name in the app, which keeps two workouts of one day apart.</param>
/// <param name="ExerciseName">The exercise as the app names it.</param>
/// <param name="LoadKg">The load in kilograms; 0 for body weight.</param>
/// <param name="Reps">Repetitions done.</param>
/// <param name="Rpe">Effort, when the app recorded it.</param>
/// <param name="WarmUp">A warm-up set, which R5 and progression do not count.</param>
/// <param name="Failed">The set ended in failure.</param>
public sealed record ImportedSet(int Line, DateTimeOffset Workout, string WorkoutName, string ExerciseName, double LoadKg, int Reps, double? Rpe, bool WarmUp, bool Failed);
