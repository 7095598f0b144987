namespace BackLegKiosk.Training.Catalog;

/// <summary>How an exercise moves the body; used for variety and to pick openers (R2).</summary>
public enum MovementPattern
{
    /// <summary>Bilateral free-weight squat.</summary>
    Squat,

    /// <summary>Hip hinge (deadlift, Romanian deadlift, good morning, rack pull).</summary>
    Hinge,

    /// <summary>Split squats and lunges.</summary>
    SingleLeg,

    /// <summary>Leg press, hack squat, belt squat.</summary>
    KneeDominantMachine,

    /// <summary>Hip thrusts and bridges.</summary>
    HipExtension,

    /// <summary>Leg extensions.</summary>
    KneeExtension,

    /// <summary>Leg curls.</summary>
    KneeFlexion,

    /// <summary>Calf raises.</summary>
    Calf,

    /// <summary>Pull-ups, chin-ups, pulldowns.</summary>
    VerticalPull,

    /// <summary>Rows.</summary>
    HorizontalPull,

    /// <summary>Straight-arm pulldowns and pullovers.</summary>
    StraightArmPull,

    /// <summary>Face pulls, rear-delt work.</summary>
    UpperBackIsolation,

    /// <summary>Back extensions.</summary>
    SpinalExtension,
}
