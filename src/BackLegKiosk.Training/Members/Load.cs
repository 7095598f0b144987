using System.Globalization;

namespace BackLegKiosk.Training.Members;

/// <summary>A load in the member's unit.</summary>
/// <param name="Value">The amount, already rounded to what the equipment allows.</param>
/// <param name="Unit">Kilograms or pounds.</param>
public readonly record struct Load(double Value, WeightUnit Unit)
{
    /// <summary>Kilograms in one pound (exact, by definition).</summary>
    public const double KilogramsPerPound = 0.45359237;

    /// <summary>The same load in kilograms.</summary>
    public double Kilograms => Unit == WeightUnit.Kilograms ? Value : Value * KilogramsPerPound;

    /// <summary>Converts kilograms into <paramref name="unit"/> without rounding.</summary>
    public static double FromKilograms(double kilograms, WeightUnit unit) =>
        unit == WeightUnit.Kilograms ? kilograms : kilograms / KilogramsPerPound;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Value:0.##} {(Unit == WeightUnit.Kilograms ? "kg" : "lb")}");
}
