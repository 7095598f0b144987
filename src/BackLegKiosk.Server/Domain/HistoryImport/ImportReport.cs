namespace BackLegKiosk.Server.Domain.HistoryImport;

/// <summary>What an import did: what it added, what it had already, and what it left out and why.</summary>
/// <param name="SessionsAdded">Workouts stored as sessions.</param>
/// <param name="SetsAdded">Sets stored with them.</param>
/// <param name="SessionsAlreadyThere">Workouts an earlier import of the same export already stored.</param>
/// <param name="Unmapped">Exercise names the mapping table does not know, with how many sets each had; kept out of the rules.</param>
/// <param name="BadRows">Rows that could not be read, by line, with what is wrong.</param>
public sealed record ImportReport(int SessionsAdded, int SetsAdded, int SessionsAlreadyThere, IReadOnlyDictionary<string, int> Unmapped, IReadOnlyList<(int Line, string Problem)> BadRows);

/// <summary>How far an import has come, for a progress bar.</summary>
/// <param name="Done">Workouts handled.</param>
/// <param name="Total">Workouts in the file.</param>
public readonly record struct ImportProgress(int Done, int Total);
