namespace BackLegKiosk.Kiosk.Core;

/// <summary>Names the kiosk's resources (Resources/KioskStrings.resx and its translations) for <c>IStringLocalizer</c>.</summary>
public sealed class KioskStrings
{
    private KioskStrings()
    {
    }
}
