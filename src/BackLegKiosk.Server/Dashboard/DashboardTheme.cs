using MudBlazor;

namespace BackLegKiosk.Server.Dashboard;

/// <summary>One palette for both themes, with colours dark enough on light (and light enough on dark) for WCAG AA text.</summary>
public static class DashboardTheme
{
    // One set of status shades for both themes: dark enough for the white text of the filled kiosk-health chips and erase button.
    private const string Success = "#1b5e20";
    private const string Info = "#01579b";
    private const string Warning = "#8a4b00";
    private const string Error = "#b71c1c";

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#8a3b12",
            AppbarBackground = "#1f4e79",
            AppbarText = "#ffffff",
            Success = Success,
            Info = Info,
            Warning = Warning,
            Error = Error,
            TextSecondary = "rgba(0,0,0,0.70)",
            ActionDefault = "rgba(0,0,0,0.70)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab8e6",
            Secondary = "#f0a070",
            AppbarBackground = "#17324d",
            AppbarText = "#ffffff",
            Success = Success,
            Info = Info,
            Warning = Warning,
            Error = Error,
            TextSecondary = "rgba(255,255,255,0.75)",
        },
    };
}
