using System.Net;

namespace BackLegKiosk.Server.Security;

/// <summary>
/// Plain HTTP off loopback would carry PINs, tokens, device keys and staff passwords across the gym's
/// shared network in clear: the server refuses to be configured so, before anything binds, unless the
/// operator says <c>BackLeg:AllowInsecure=true</c> (for a TLS-terminating proxy in front), and then warns
/// at every start.
/// </summary>
public static class InsecureEndpoints
{
    /// <summary>Every configured listening address that is plain HTTP on something other than loopback, with the key that set it.</summary>
    public static IReadOnlyList<(string Key, string Url)> Find(IConfiguration configuration)
    {
        var urls = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(e => (Key: $"Kestrel:Endpoints:{e.Key}:Url", Url: e["Url"] ?? string.Empty))
            .Concat((configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => (Key: "urls", Url: u)));
        return [.. urls.Where(u => IsPlainOffLoopback(u.Url))];
    }

    /// <summary>Throws, naming the key and the setting, when an address is plain HTTP off loopback and that was not allowed.</summary>
    public static void Refuse(IConfiguration configuration, bool allowInsecure)
    {
        var insecure = Find(configuration);
        if (insecure.Count > 0 && !allowInsecure)
        {
            var (key, url) = insecure[0];
            throw new InvalidOperationException(
                $"{key} is {url}: plain HTTP off loopback carries PINs, tokens and device keys in clear. Use https:// (the server makes its own certificate), or set BackLeg:AllowInsecure=true behind a TLS-terminating proxy.");
        }
    }

    private static bool IsPlainOffLoopback(string url)
    {
        if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Kestrel's wildcards (http://*:5080, http://+:5080) do not parse as URIs; they bind every address.
        var host = url["http://".Length..].Split('/')[0];
        host = host.StartsWith('[') ? host[1..host.IndexOf(']', StringComparison.Ordinal)] : host.Split(':')[0];
        return !(host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address)));
    }
}
