using MudBlazor;
using BackLegKiosk.Server.Domain.Staff;

namespace BackLegKiosk.Server.Dashboard;

/// <summary>What staff need to know about a kiosk at a glance, from when it was last heard and what it reported.</summary>
public sealed record KioskHealth(string Label, Color Color)
{
    public static KioskHealth Of(KioskStatus kiosk, DateTimeOffset now, TimeSpan offlineAfter)
    {
        if (kiosk.RevokedAt is not null)
        {
            return new("Key revoked", Color.Dark);
        }

        if (kiosk.LastSeenAt is null)
        {
            return new("Never seen", Color.Default);
        }

        if (now - kiosk.LastSeenAt.Value > offlineAfter)
        {
            return new("Offline", Color.Error);
        }

        return !string.IsNullOrEmpty(kiosk.StorageProblem) ? new("Storage problem", Color.Error)
            : kiosk.RefusedFacts > 0 ? new("Refused facts", Color.Warning)
            : kiosk.PendingFacts > 0 ? new("Catching up", Color.Info)
            : new("Online", Color.Success);
    }
}
