using MudBlazor;
using BackLegKiosk.Server.Domain.Staff;

namespace BackLegKiosk.Server.Dashboard;

/// <summary>What staff need to know about a kiosk at a glance, from when it was last heard and what it reported.</summary>
/// <param name="Label">The resource key of the words staff read.</param>
/// <param name="Color">The chip's colour.</param>
public sealed record KioskHealth(string Label, Color Color)
{
    public static KioskHealth Of(KioskStatus kiosk, DateTimeOffset now, TimeSpan offlineAfter)
    {
        if (kiosk.RevokedAt is not null)
        {
            return new("Health.Revoked", Color.Dark);
        }

        if (kiosk.LastSeenAt is null)
        {
            return new("Health.NeverSeen", Color.Default);
        }

        if (now - kiosk.LastSeenAt.Value > offlineAfter)
        {
            return new("Health.Offline", Color.Error);
        }

        return !string.IsNullOrEmpty(kiosk.StorageProblem) ? new("Health.StorageProblem", Color.Error)
            : kiosk.RefusedFacts > 0 ? new("Health.Refused", Color.Warning)
            : kiosk.PendingFacts > 0 ? new("Health.CatchingUp", Color.Info)
            : new("Health.Online", Color.Success);
    }
}
