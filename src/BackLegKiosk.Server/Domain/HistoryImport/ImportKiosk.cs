namespace BackLegKiosk.Server.Domain.HistoryImport;

/// <summary>
/// Where history imported from another app is filed: a kiosk row so sessions and sets keep their one shape,
/// with no device key and no usage (the workouts were not on this gym's floor), left out of the kiosk list.
/// </summary>
public static class ImportKiosk
{
    public static readonly Guid Id = new("0b1e0000-0000-7000-8000-00000000f11e");

    public const string Name = "Imported history";
}
