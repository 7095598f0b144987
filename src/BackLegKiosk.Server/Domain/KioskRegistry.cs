using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Security;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Domain;

/// <summary>Provisioning kiosks and hearing from them: shared by the RPCs and the command line.</summary>
public sealed class KioskRegistry(BackLegDbContext db, TimeProvider time, ChangeFeed? feed = null)
{
    /// <summary>Erased sessions named in one heartbeat, either way, so the answer stays small however many wait.</summary>
    public const int MaxSessionIds = 500;

    /// <summary>How long a pairing code works.</summary>
    public static readonly TimeSpan PairingLifetime = TimeSpan.FromMinutes(10);

    /// <summary>Letters and digits that cannot be misread for one another (no I, L, O, 0 or 1).</summary>
    private const string PairingAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>Creates a kiosk; the returned key is the only time it exists in clear.</summary>
    public async Task<(KioskEntity Kiosk, DeviceKey Key)> ProvisionAsync(string? name, CancellationToken cancellationToken)
    {
        var kioskName = InputRules.Name(name, "name", 60);
        if (await db.Kiosks.AnyAsync(k => k.Name == kioskName, cancellationToken))
        {
            throw new ConflictException("A kiosk with this name already exists.");
        }

        var id = Guid.CreateVersion7(time.GetUtcNow());
        var key = DeviceKey.New(id);
        var kiosk = new KioskEntity { Id = id, Name = kioskName, KeyHash = Secrets.Hash(key.Secret), CreatedAt = time.GetUtcNow() };
        db.Kiosks.Add(kiosk);
        await db.SaveChangesAsync(cancellationToken);
        return (kiosk, key);
    }

    /// <summary>
    /// Records that a kiosk is alive and what its outbox holds, forgets the erasure notices it has acted on,
    /// and answers with the server's time, the staff resend requests so far and the sessions still to purge.
    /// </summary>
    public async Task<HeartbeatAnswer> HeartbeatAsync(Guid kioskId, KioskReport report, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var deadLetters = report.DeadLetters.Count == 0 ? null : JsonSerializer.Serialize(report.DeadLetters);
        await db.Kiosks.Where(k => k.Id == kioskId).ExecuteUpdateAsync(
            k => k.SetProperty(x => x.LastSeenAt, now)
                .SetProperty(x => x.LastHeartbeatAt, now)
                .SetProperty(x => x.PendingFacts, report.PendingFacts)
                .SetProperty(x => x.RefusedFacts, report.RefusedFacts)
                .SetProperty(x => x.DeadLetters, deadLetters)
                .SetProperty(x => x.StorageProblem, report.StorageProblem)
                .SetProperty(x => x.ResendRequestsDone, x => report.ResendRequestsDone < x.ResendRequests ? report.ResendRequestsDone : x.ResendRequests),
            cancellationToken);
        var purged = report.PurgedSessions;
        if (purged.Count > 0 && await db.ErasureNotices.Where(n => n.KioskId == kioskId && purged.Contains(n.SessionId)).ExecuteDeleteAsync(cancellationToken) > 0)
        {
            await DatabaseSetup.OverwriteFreedPagesAsync(db, cancellationToken);
        }

        var requests = await db.Kiosks.Where(k => k.Id == kioskId).Select(k => k.ResendRequests).SingleAsync(cancellationToken);
        var erased = await db.ErasureNotices.Where(n => n.KioskId == kioskId).OrderBy(n => n.SessionId).Select(n => n.SessionId).Take(MaxSessionIds).ToListAsync(cancellationToken);
        feed?.Publish(new Change(null, 0));
        return new HeartbeatAnswer(now, requests, erased);
    }

    /// <summary>
    /// Takes a kiosk's key away (a device stolen, a kiosk retired): its next call is refused and its open
    /// streams end at once, and any outstanding pairing code stops. A new key (<see cref="RotateKeyAsync"/>)
    /// or a new pairing code lets it back.
    /// </summary>
    public async Task<KioskEntity> RevokeAsync(string? name, CancellationToken cancellationToken)
    {
        var kiosk = await FindAsync(name, cancellationToken);
        kiosk.KeyHash = Secrets.Hash(Secrets.NewToken());
        kiosk.RevokedAt = time.GetUtcNow();

        // A code handed out before would otherwise let the stolen device pair itself back.
        kiosk.PairingCodeHash = null;
        kiosk.PairingExpiresAt = null;
        await db.SaveChangesAsync(cancellationToken);
        feed?.Publish(new Change(null, 0, kiosk.Id));
        return kiosk;
    }

    /// <summary>Gives a kiosk a new key, shown this once; the old one is refused at its next call, and a revoked kiosk is let back.</summary>
    public async Task<(KioskEntity Kiosk, DeviceKey Key)> RotateKeyAsync(string? name, CancellationToken cancellationToken) =>
        await ReplaceKeyAsync(await FindAsync(name, cancellationToken), cancellationToken);

    /// <summary>
    /// A one-time code (XXXX-XXXX, 10 minutes) a new kiosk trades for its device key (<see cref="PairAsync"/>),
    /// so no key is ever copied by hand; a new code replaces any outstanding one.
    /// </summary>
    public async Task<string> IssuePairingCodeAsync(string? name, CancellationToken cancellationToken)
    {
        var kiosk = await FindAsync(name, cancellationToken);
        var code = string.Create(8, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = PairingAlphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(PairingAlphabet.Length)];
            }
        });
        kiosk.PairingCodeHash = Secrets.Hash(code);
        kiosk.PairingExpiresAt = time.GetUtcNow() + PairingLifetime;
        await db.SaveChangesAsync(cancellationToken);
        return $"{code[..4]}-{code[4..]}";
    }

    /// <summary>
    /// Trades an outstanding pairing code for a new device key, once: the code is spent, any earlier key of
    /// the kiosk stops, and a revoked kiosk is let back. A wrong, spent or expired code gets one answer.
    /// </summary>
    public async Task<(KioskEntity Kiosk, DeviceKey Key)> PairAsync(string? code, CancellationToken cancellationToken)
    {
        var normalized = new string((code ?? string.Empty).Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        var hash = Secrets.Hash(normalized);
        var now = time.GetUtcNow();
        var kioskId = normalized.Length == 8
            ? await db.Kiosks.Where(k => k.PairingCodeHash == hash && k.PairingExpiresAt > now).Select(k => (Guid?)k.Id).SingleOrDefaultAsync(cancellationToken)
            : null;

        // The code is spent in one conditional UPDATE, so of two kiosks pairing with it at once only one gets a key.
        if (kioskId is not { } id
            || await db.Kiosks.Where(k => k.Id == id && k.PairingCodeHash == hash && k.PairingExpiresAt > now).ExecuteUpdateAsync(
                u => u.SetProperty(k => k.PairingCodeHash, (string?)null).SetProperty(k => k.PairingExpiresAt, (DateTimeOffset?)null), cancellationToken) != 1)
        {
            throw new NotAuthenticatedException("The pairing code is wrong, used or expired; ask staff for a new one.");
        }

        return await ReplaceKeyAsync(await db.Kiosks.SingleAsync(k => k.Id == id, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// A fresh key for the kiosk: the old one stops at its next call and its streams end, a revoked kiosk is
    /// let back, and an outstanding pairing code stops (the key it would give has just been given).
    /// </summary>
    private async Task<(KioskEntity Kiosk, DeviceKey Key)> ReplaceKeyAsync(KioskEntity kiosk, CancellationToken cancellationToken)
    {
        var key = DeviceKey.New(kiosk.Id);
        kiosk.KeyHash = Secrets.Hash(key.Secret);
        kiosk.RevokedAt = null;
        kiosk.PairingCodeHash = null;
        kiosk.PairingExpiresAt = null;
        await db.SaveChangesAsync(cancellationToken);
        feed?.Publish(new Change(null, 0, kiosk.Id));
        return (kiosk, key);
    }

    /// <summary>Asks a kiosk to move its dead letters back into its queue; it acts at its next heartbeat.</summary>
    public async Task ResendDeadLettersAsync(Guid kioskId, CancellationToken cancellationToken)
    {
        if (await db.Kiosks.Where(k => k.Id == kioskId).ExecuteUpdateAsync(k => k.SetProperty(x => x.ResendRequests, x => x.ResendRequests + 1), cancellationToken) == 0)
        {
            throw new NotFoundException("No such kiosk.");
        }

        feed?.Publish(new Change(null, 0));
    }

    private async Task<KioskEntity> FindAsync(string? name, CancellationToken cancellationToken)
    {
        var kioskName = InputRules.Name(name, "name", 60);
        return await db.Kiosks.SingleOrDefaultAsync(k => k.Name == kioskName && !SystemKiosks.Ids.Contains(k.Id), cancellationToken)
            ?? throw new NotFoundException($"No kiosk named '{kioskName}'.");
    }

    /// <summary>The dead letters a kiosk last reported, by reason.</summary>
    public static IReadOnlyList<DeadLetterCount> DeadLettersOf(KioskEntity kiosk) =>
        kiosk.DeadLetters is null ? [] : JsonSerializer.Deserialize<List<DeadLetterCount>>(kiosk.DeadLetters) ?? [];
}
