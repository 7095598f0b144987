using System.Collections.Concurrent;

namespace BackLegKiosk.Server.Security;

/// <summary>
/// Remembers device keys verified in the last minute, so a kiosk pushing every second does not cost a
/// database read per call. Only keys that matched the stored hash are remembered, under their hash.
/// </summary>
public sealed class DeviceKeyCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (string Name, DateTimeOffset Until)> _verified = new(StringComparer.Ordinal);

    public string? Find(DeviceKey key) =>
        _verified.TryGetValue(Secrets.Hash(key.ToString()), out var entry) && entry.Until > time.GetUtcNow() ? entry.Name : null;

    public void Remember(DeviceKey key, string name)
    {
        if (_verified.Count > 10_000)
        {
            _verified.Clear();
        }

        _verified[Secrets.Hash(key.ToString())] = (name, time.GetUtcNow() + Lifetime);
    }
}
