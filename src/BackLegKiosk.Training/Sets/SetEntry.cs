namespace BackLegKiosk.Training.Sets;

/// <summary>What makes a logged entry a set at all, decided once for the kiosk that records it and the server that stores it.</summary>
public static class SetEntry
{
    /// <summary>
    /// A set of no reps happened only as a failed attempt (the bar did not come up); any other entry of
    /// no reps is empty, a slip of the stepper, and is not a set.
    /// </summary>
    public static bool IsEmpty(int reps, bool failed) => reps == 0 && !failed;
}
