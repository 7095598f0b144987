namespace BackLegKiosk.Training.Catalog;

/// <summary>The default working rep range of an exercise.</summary>
/// <param name="Min">Fewest reps of a working set.</param>
/// <param name="Max">Most reps of a working set.</param>
public readonly record struct RepRange(int Min, int Max)
{
    /// <summary>The rep target in the middle of the range, rounded down.</summary>
    public int Middle => (Min + Max) / 2;

    /// <inheritdoc />
    public override string ToString() => $"{Min}-{Max}";
}
