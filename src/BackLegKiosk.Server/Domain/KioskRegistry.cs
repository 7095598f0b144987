using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Security;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Domain;

/// <summary>Provisioning kiosks: shared by the staff RPCs and the command line.</summary>
public sealed class KioskRegistry(BackLegDbContext db, TimeProvider time)
{
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
}
