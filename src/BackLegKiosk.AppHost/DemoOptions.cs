namespace BackLegKiosk.AppHost;

/// <summary>Where the demo listens and keeps its files.</summary>
/// <param name="DataFolder">Recreated at each start: the demo's history is relative to now.</param>
/// <param name="ServerPort">gRPC server port (0 picks a free one).</param>
/// <param name="DashboardPort">The staff dashboard's port (0 picks a free one).</param>
/// <param name="KioskPorts">One kiosk head per port.</param>
/// <param name="ServerSettings">BackLeg settings for the server beyond its defaults (a test's own limits); none for the one command.</param>
public sealed record DemoOptions(string DataFolder, int ServerPort, int DashboardPort, IReadOnlyList<int> KioskPorts, IReadOnlyDictionary<string, string?>? ServerSettings = null);
