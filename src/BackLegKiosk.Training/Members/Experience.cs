namespace BackLegKiosk.Training.Members;

/// <summary>Training age; R8 decides who the combined day suits from it.</summary>
public enum Experience
{
    /// <summary>Under about a year of consistent training.</summary>
    Beginner,

    /// <summary>Some years of training, still progressing session to session or week to week.</summary>
    Intermediate,

    /// <summary>Established training history; progress is slow and recovery is well managed.</summary>
    Advanced,
}
