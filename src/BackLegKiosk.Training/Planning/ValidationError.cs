namespace BackLegKiosk.Training.Planning;

/// <summary>One field of an input that cannot be planned from.</summary>
/// <param name="Field">The field's path, e.g. <c>profile.splitDaySetsLegs</c>; the server names it in its status.</param>
/// <param name="Message">What is wrong, without echoing health data.</param>
public sealed record ValidationError(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
