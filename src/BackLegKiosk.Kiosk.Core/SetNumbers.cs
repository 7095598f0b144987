namespace BackLegKiosk.Kiosk.Core;

/// <summary>How the steppers move, shared by the entry of a new set and the correction of a done one.</summary>
public static class SetNumbers
{
    /// <summary>The smallest plate pair most gyms stock.</summary>
    public const double LoadStep = 2.5;

    /// <summary>The most reps the server takes in one set.</summary>
    public const int MaxReps = 100;

    public static double MoreLoad(double load) => load + LoadStep;

    public static double LessLoad(double load) => Math.Max(0, load - LoadStep);

    public static int MoreReps(int reps) => Math.Min(MaxReps, reps + 1);

    public static int FewerReps(int reps) => Math.Max(0, reps - 1);

    /// <summary>An effort rating on the 1-10 scale the server accepts.</summary>
    public static double Rpe(double rpe) => Math.Clamp(rpe, 1, 10);
}
