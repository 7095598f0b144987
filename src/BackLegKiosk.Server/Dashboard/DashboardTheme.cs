using MudBlazor;

namespace BackLegKiosk.Server.Dashboard;

/// <summary>One palette for both themes, with colours dark enough on light (and light enough on dark) for WCAG AA text.</summary>
public static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#8a3b12",
            AppbarBackground = "#1f4e79",
            AppbarText = "#ffffff",
            Success = "#1b5e20",
            Info = "#01579b",
            Warning = "#8a4b00",
            Error = "#b71c1c",
            TextSecondary = "rgba(0,0,0,0.70)",
            ActionDefault = "rgba(0,0,0,0.70)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab8e6",
            Secondary = "#f0a070",
            AppbarBackground = "#17324d",
            AppbarText = "#ffffff",
            Success = "#1b5e20",
            Info = "#01579b",
            Warning = "#8a4b00",
            Error = "#b71c1c",
            TextSecondary = "rgba(255,255,255,0.75)",
        },
    };
}
