namespace BackLegKiosk.Server.Dashboard;

/// <summary>Names the dashboard's resources (Resources/DashboardStrings.resx and its translations) for <c>IStringLocalizer</c>.</summary>
public sealed class DashboardStrings
{
    private DashboardStrings()
    {
    }
}
