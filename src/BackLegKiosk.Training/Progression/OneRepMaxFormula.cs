namespace BackLegKiosk.Training.Progression;

/// <summary>The standard formula used to estimate a one-rep max from a set.</summary>
public enum OneRepMaxFormula
{
    /// <summary>Epley (1985): 1RM = w × (1 + r / 30).</summary>
    Epley,

    /// <summary>Brzycki (1993): 1RM = w × 36 / (37 − r).</summary>
    Brzycki,
}
