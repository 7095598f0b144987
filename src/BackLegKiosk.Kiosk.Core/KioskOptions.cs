using BackLegKiosk.Training.Members;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>Per-kiosk settings.</summary>
public sealed record KioskOptions
{
    /// <summary>Shown on screen and in the staff dashboard.</summary>
    public string Name { get; init; } = "Kiosk";

    /// <summary>After this long without a touch, the member is signed out and their data leaves the screen.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The language shown before a member checks in, and to members whose profile names none.</summary>
    public Language Language { get; init; } = Language.English;
}
