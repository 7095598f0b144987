namespace BackLegKiosk.Training.Members;

/// <summary>What the member trains for; R2 picks the day's focus from it.</summary>
public enum TrainingGoal
{
    /// <summary>Leg development first.</summary>
    LegsPriority,

    /// <summary>Back strength first.</summary>
    BackPriority,

    /// <summary>Powerlifting or general strength; the focus alternates session to session.</summary>
    Strength,

    /// <summary>Little gym time; fewer exercises, the focus alternates session to session.</summary>
    LimitedTime,
}
