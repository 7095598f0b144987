using Microsoft.Extensions.Caching.Memory;

namespace BackLegKiosk.Server.Security;

/// <summary>
/// Remembers device keys verified in the last minute, so a kiosk pushing every second does not cost a
/// database read per call. Only keys that matched the stored hash are remembered, under their hash.
/// The cache is its own, bounded to <see cref="MaxEntries"/>, so guessed keys can never grow it.
/// </summary>
public sealed class DeviceKeyCache(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>Far more kiosks than a chain has; past it the cache compacts instead of growing.</summary>
    public const int MaxEntries = 10_000;

    private readonly MemoryCache _verified = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public string? Find(DeviceKey key) =>
        _verified.TryGetValue(Secrets.Hash(key.ToString()), out (string Name, DateTimeOffset Until) entry) && entry.Until > time.GetUtcNow() ? entry.Name : null;

    public void Remember(DeviceKey key, string name) =>
        // The expiry the server acts on is the TimeProvider's (Until); the cache's own only frees memory.
        _verified.Set(Secrets.Hash(key.ToString()), (name, time.GetUtcNow() + Lifetime), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });

    public void Dispose() => _verified.Dispose();
}
