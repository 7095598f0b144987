using System.Globalization;

namespace BackLegKiosk.Chaos;

/// <summary>What one simulated kiosk process needs, passed as one argument.</summary>
internal sealed record KioskSettings(string Folder, string Outbox, int ProxyPort, string DeviceKey, string[] MemberCodes, int SkewMinutes, int Seed)
{
    /// <summary>The orchestrator asks every kiosk to finish by creating this file in the run's folder.</summary>
    public string StopFile => Path.Combine(Folder, "stop");

    public string Format() => string.Join('|', Folder, Outbox, ProxyPort.ToString(CultureInfo.InvariantCulture), DeviceKey, string.Join(',', MemberCodes), SkewMinutes.ToString(CultureInfo.InvariantCulture), Seed.ToString(CultureInfo.InvariantCulture));

    public static KioskSettings Parse(string text)
    {
        var p = text.Split('|');
        return new KioskSettings(p[0], p[1], int.Parse(p[2], CultureInfo.InvariantCulture), p[3], p[4].Split(','), int.Parse(p[5], CultureInfo.InvariantCulture), int.Parse(p[6], CultureInfo.InvariantCulture));
    }
}
