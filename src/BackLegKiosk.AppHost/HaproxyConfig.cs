using System.Globalization;
using System.Text;

namespace BackLegKiosk.AppHost;

/// <summary>
/// Debian's HAProxy in front of the replicas: gRPC over h2c, round robin, and a health check that is a
/// real grpc.health.v1 Check call. HAProxy's own HTTP checks cannot send it (a gRPC body starts with zero
/// bytes, and its HTTP/2 check says :scheme https to a plain-text port, which Kestrel refuses), so the
/// check is written as the HTTP/2 bytes themselves: the preface, an empty SETTINGS frame, one HEADERS
/// frame and one DATA frame holding the empty request; a replica passes when its answer holds the message
/// "status: SERVING". A replica that is killed, or whose store stops answering, is marked down within
/// two failed checks a second apart.
/// </summary>
internal static class HaproxyConfig
{
    /// <summary>The answer's gRPC message: not compressed, 2 bytes long, field 1 (status) = 1 (SERVING).</summary>
    public const string ServingHex = "00000000020801";

    /// <param name="frontendPort">Where kiosks connect.</param>
    /// <param name="replicaPorts">Each replica's gRPC port.</param>
    /// <param name="statsSocket">A Unix socket, owner-only, where "show stat" tells which replicas are up.</param>
    public static string Render(int frontendPort, IReadOnlyList<int> replicaPorts, string statsSocket) =>
        new StringBuilder()
            .AppendLine("global")
            .AppendLine("  log stderr format raw local0 notice")
            .AppendLine(CultureInfo.InvariantCulture, $"  stats socket {statsSocket} mode 600 level user")
            .AppendLine("defaults")
            .AppendLine("  mode http")
            .AppendLine("  log global")
            .AppendLine("  timeout connect 2s")
            .AppendLine("  timeout check 2s")
            // Watch streams live as long as a session; the replicas' own HTTP/2 pings find dead peers.
            .AppendLine("  timeout client 4h")
            .AppendLine("  timeout server 4h")
            .AppendLine("frontend grpc")
            .AppendLine(CultureInfo.InvariantCulture, $"  bind 127.0.0.1:{frontendPort} proto h2")
            .AppendLine("  default_backend replicas")
            .AppendLine("backend replicas")
            .AppendLine("  balance roundrobin")
            .AppendLine("  option tcp-check")
            .AppendLine("  tcp-check connect")
            .AppendLine(CultureInfo.InvariantCulture, $"  tcp-check send-binary {Convert.ToHexString(HealthCheckRequest())}")
            .AppendLine(CultureInfo.InvariantCulture, $"  tcp-check expect binary {ServingHex}")
            .AppendLine("  default-server check inter 1s fall 2 rise 2 proto h2")
            .AppendJoin(string.Empty, replicaPorts.Select((port, i) => $"  server replica{i + 1} 127.0.0.1:{port}{Environment.NewLine}"))
            .ToString();

    /// <summary>grpc.health.v1.Health/Check with an empty request (the whole server), as HTTP/2 frames on stream 1.</summary>
    public static byte[] HealthCheckRequest()
    {
        var headers = new List<byte> { 0x83, 0x86 }; // :method POST, :scheme http (HPACK static table 3 and 6)
        Literal(headers, 4, "/grpc.health.v1.Health/Check"); // :path
        Literal(headers, 1, "127.0.0.1"); // :authority
        Literal(headers, 31, "application/grpc"); // content-type
        headers.Add(0x00); // te: trailers (a new name, not indexed)
        headers.AddRange(Text("te"));
        headers.AddRange(Text("trailers"));
        return [.. Encoding.ASCII.GetBytes("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"),
            .. Frame(type: 0x4, flags: 0, stream: 0, []), // SETTINGS, all defaults
            .. Frame(type: 0x1, flags: 0x4, stream: 1, [.. headers]), // HEADERS, END_HEADERS
            .. Frame(type: 0x0, flags: 0x1, stream: 1, [0, 0, 0, 0, 0])]; // DATA, END_STREAM: an empty message
    }

    /// <summary>A literal header field without indexing, its name from the static table (4-bit prefix).</summary>
    private static void Literal(List<byte> block, int nameIndex, string value)
    {
        if (nameIndex < 15)
        {
            block.Add((byte)nameIndex);
        }
        else
        {
            block.Add(0x0f);
            block.Add((byte)(nameIndex - 15));
        }

        block.AddRange(Text(value));
    }

    /// <summary>A short string literal, not Huffman-coded.</summary>
    private static byte[] Text(string value) => [(byte)value.Length, .. Encoding.ASCII.GetBytes(value)];

    private static byte[] Frame(byte type, byte flags, int stream, byte[] payload) =>
        [(byte)(payload.Length >> 16), (byte)(payload.Length >> 8), (byte)payload.Length, type, flags,
            (byte)(stream >> 24), (byte)(stream >> 16), (byte)(stream >> 8), (byte)stream, .. payload];
}
