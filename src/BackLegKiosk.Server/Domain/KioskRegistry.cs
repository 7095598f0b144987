using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Security;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Domain;

/// <summary>Provisioning kiosks and hearing from them: shared by the RPCs and the command line.</summary>
public sealed class KioskRegistry(BackLegDbContext db, TimeProvider time, ChangeFeed? feed = null)
{
    /// <summary>More than any kiosk's outbox holds in practice; a larger figure is a broken client.</summary>
    public const int MaxReportedFacts = 1_000_000;

    /// <summary>Creates a kiosk; the returned key is the only time it exists in clear.</summary>
    public async Task<(KioskEntity Kiosk, DeviceKey Key)> ProvisionAsync(string? name, CancellationToken cancellationToken)
    {
        var kioskName = InputRules.Name(name, "name", 60);
        if (await db.Kiosks.AnyAsync(k => k.Name == kioskName, cancellationToken))
        {
            throw new ConflictException("A kiosk with this name already exists.");
        }

        var id = Guid.CreateVersion7();
        var key = DeviceKey.New(id);
        var kiosk = new KioskEntity { Id = id, Name = kioskName, KeyHash = Secrets.Hash(key.Secret), CreatedAt = time.GetUtcNow() };
        db.Kiosks.Add(kiosk);
        await db.SaveChangesAsync(cancellationToken);
        return (kiosk, key);
    }

    /// <summary>Records that a kiosk is alive and what its outbox holds; the server's time of it.</summary>
    public async Task<DateTimeOffset> HeartbeatAsync(Guid kioskId, int pendingFacts, int refusedFacts, CancellationToken cancellationToken)
    {
        var pending = Count(pendingFacts, "pending_facts");
        var refused = Count(refusedFacts, "refused_facts");
        var now = time.GetUtcNow();
        await db.Kiosks.Where(k => k.Id == kioskId).ExecuteUpdateAsync(
            k => k.SetProperty(x => x.LastSeenAt, now).SetProperty(x => x.LastHeartbeatAt, now).SetProperty(x => x.PendingFacts, pending).SetProperty(x => x.RefusedFacts, refused),
            cancellationToken);
        feed?.Publish(new Change(null, 0));
        return now;

        static int Count(int value, string field) => value is >= 0 and <= MaxReportedFacts
            ? value
            : throw new InvalidFieldException(field, $"must be 0-{MaxReportedFacts:N0}");
    }
}
