namespace BackLegKiosk.Training.Sets;

/// <summary>What makes a logged entry a set at all, decided once for the kiosk that records it and the server that stores it.</summary>
public static class SetEntry
{
    /// <summary>The most reps one set can hold.</summary>
    public const int MaxReps = 100;

    /// <summary>The heaviest load a set can hold, in kilograms (1,320 lb): beyond any lift on a gym floor.</summary>
    public const double MaxLoadKg = 600;

    /// <summary>Effort is rated from 1 (nothing) to 10 (nothing left).</summary>
    public static bool IsRpe(double rpe) => double.IsFinite(rpe) && rpe is >= 1 and <= 10;

    /// <summary>
    /// A set of no reps happened only as a failed attempt (the bar did not come up); any other entry of
    /// no reps is empty, a slip of the stepper, and is not a set.
    /// </summary>
    public static bool IsEmpty(int reps, bool failed) => reps == 0 && !failed;
}
