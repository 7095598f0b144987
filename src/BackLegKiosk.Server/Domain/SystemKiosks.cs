using BackLegKiosk.Server.Domain.HandOffs;
using BackLegKiosk.Server.Domain.HistoryImport;

namespace BackLegKiosk.Server.Domain;

/// <summary>
/// The kiosk rows that are no device: members' phones and imported history. Facts and sessions treat them
/// like any kiosk's; staff do not manage them, and a store copy finds them already seeded.
/// </summary>
public static class SystemKiosks
{
    public static IReadOnlyList<Guid> Ids { get; } = [PhoneKiosk.Id, ImportKiosk.Id];

    /// <summary>Not a SHA-256 in hex, so no device key ever matches it.</summary>
    public const string NoKey = "-";
}
