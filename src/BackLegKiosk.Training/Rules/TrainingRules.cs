namespace BackLegKiosk.Training.Rules;

/// <summary>The index of the training rules: id, name and what the seed says.</summary>
public static class TrainingRules
{
    /// <summary>Notes about load progression (not one of R1-R11, but explained the same way).</summary>
    public const string ProgressionId = "PROGRESSION";

    /// <summary>R1-R11 in order.</summary>
    public static IReadOnlyList<RuleInfo> All { get; } =
    [
        new(R1Alternate.Id, R1Alternate.Name, "Supersets pair one lower-body movement with one upper-body pull, so each group recovers while the other works."),
        new(R2PriorityFirst.Id, R2PriorityFirst.Name, "The day's priority group opens: a squat or leg press for legs, a heavy deadlift or weighted row for back."),
        new(R3SpareLowerBack.Id, R3SpareLowerBack.Name, "No back squat after a lift that loads the spinal erectors heavily; a back-focus day swaps it for a low-erector leg movement."),
        new(R4TechnicalFirst.Id, R4TechnicalFirst.Name, "Within R1-R3, higher technical and neural demand comes earlier."),
        new(R5VolumeCut.Id, R5VolumeCut.Name, "Working sets per group are the split-day volume cut by 20-30%."),
        new(R6IntensityKept.Id, R6IntensityKept.Name, "Load or effort is kept or nudged up as volume drops, never lowered because of the cut."),
        new(R7FewerExercises.Id, R7FewerExercises.Name, "Three to four exercises per group instead of five."),
        new(R8WhoItSuits.Id, R8WhoItSuits.Name, "Suits advanced, strength-focused or time-limited lifters; beginners and intermediates are warned and offered split days."),
        new(R9RecoverySpacing.Id, R9RecoverySpacing.Name, "At least 48 h since back or legs were trained hard, and at most 2-3 combined sessions in 7 days."),
        new(R10RecoveryAdvice.Id, R10RecoveryAdvice.Name, "Sleep 7-9 h; protein and carbohydrate right after the session, scaled to body weight."),
        new(R11SystemicLoad.Id, R11SystemicLoad.Name, "Total hard sets and duration stay inside a budget, because two big groups tax the nervous system."),
    ];
}
