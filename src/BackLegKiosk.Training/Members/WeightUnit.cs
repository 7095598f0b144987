namespace BackLegKiosk.Training.Members;

/// <summary>The unit a member reads and enters loads in.</summary>
public enum WeightUnit
{
    /// <summary>Kilograms.</summary>
    Kilograms,

    /// <summary>Pounds.</summary>
    Pounds,
}
