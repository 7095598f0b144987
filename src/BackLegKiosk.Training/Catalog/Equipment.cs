namespace BackLegKiosk.Training.Catalog;

/// <summary>What an exercise is loaded with; decides how loads are rounded.</summary>
public enum Equipment
{
    /// <summary>Olympic bar and plates.</summary>
    Barbell,

    /// <summary>Fixed dumbbells.</summary>
    Dumbbell,

    /// <summary>Selectorised or plate-loaded machine.</summary>
    Machine,

    /// <summary>Cable stack.</summary>
    Cable,

    /// <summary>Body weight, optionally with a belt; planned by effort (RIR), not by load.</summary>
    Bodyweight,
}
