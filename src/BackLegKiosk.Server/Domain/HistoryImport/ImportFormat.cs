namespace BackLegKiosk.Server.Domain.HistoryImport;

/// <summary>The apps whose CSV export a member's history can come from. Its word is the app's name in lower case.</summary>
public enum ImportFormat
{
    /// <summary>Strong: Settings → Export data.</summary>
    Strong,

    /// <summary>Hevy: Settings → Export data → Export workouts.</summary>
    Hevy,

    /// <summary>FitNotes: Settings → Spreadsheet export.</summary>
    Fitnotes,
}
