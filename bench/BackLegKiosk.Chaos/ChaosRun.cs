using System.Globalization;

namespace BackLegKiosk.Chaos;

/// <summary>The processes of one run and the faults done to them: the server, the network between, and the kiosks.</summary>
internal sealed class ChaosRun(string folder, int serverPort, List<KioskSettings> kiosks, int seed) : IDisposable
{
    private readonly Random _random = new(seed);
    private readonly ChildProcess?[] _kiosks = new ChildProcess?[kiosks.Count];
    private ChildProcess? _server;
    private TcpProxy? _proxy;

    public async Task StartAsync()
    {
        await StartServerAsync();
        _proxy = new TcpProxy(serverPort);
        for (var i = 0; i < kiosks.Count; i++)
        {
            await StartKioskAsync(i, skewMinutes: 0);
        }
    }

    /// <summary>Lets the kiosks work for a random while, then does one fault to the system; what it did.</summary>
    public async Task<string> InjectAsync()
    {
        await Task.Delay(_random.Next(500, 2500));
        var kiosk = _random.Next(kiosks.Count);
        switch (_random.Next(6))
        {
            case 0:
                _server!.KillHard();
                await Task.Delay(_random.Next(300, 2000));
                await StartServerAsync();
                return "kill -9 server mid-push, restart";
            case 1:
                _kiosks[kiosk]!.KillHard();
                await StartKioskAsync(kiosk, kiosks[kiosk].SkewMinutes);
                return $"kill -9 kiosk {kiosk + 1} mid-drain, restart on its outbox";
            case 2:
                var blackhole = TimeSpan.FromMilliseconds(_random.Next(1000, 4000));
                await _proxy!.BlackholeAsync(blackhole);
                return string.Create(CultureInfo.InvariantCulture, $"network blackholed for {blackhole.TotalSeconds:0.0} s");
            case 3:
                _proxy!.ResetAll();
                return "every connection reset";
            case 4:
                var skew = _random.Next(2) == 0 ? -60 : 60;
                _kiosks[kiosk]!.KillHard();
                await StartKioskAsync(kiosk, skew);
                return $"kiosk {kiosk + 1} restarted with its clock {skew:+0;-0} min off";
            default:
                // The kiosks sign their members out every few seconds; some of them while nothing answers.
                _server!.KillHard();
                await Task.Delay(_random.Next(2000, 4000));
                await StartServerAsync();
                return "members signed out while the server was down";
        }
    }

    /// <summary>Asks every kiosk to finish and waits for each to drain its outbox; false when one did not.</summary>
    public async Task<bool> StopKiosksAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "stop"), "stop");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var drained = true;
        foreach (var kiosk in _kiosks)
        {
            await kiosk!.WaitAsync(timeout.Token);
            drained &= kiosk.ExitCode == 0;
        }

        return drained;
    }

    public void Dispose()
    {
        foreach (var kiosk in _kiosks)
        {
            kiosk?.Dispose();
        }

        _proxy?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _server?.Dispose();
    }

    private async Task StartServerAsync()
    {
        _server?.Dispose();
        _server = await ChildProcess.StartAsync(["serve", folder, serverPort.ToString(CultureInfo.InvariantCulture)], readyLine: "ready");
    }

    private async Task StartKioskAsync(int index, int skewMinutes)
    {
        _kiosks[index]?.Dispose();
        kiosks[index] = kiosks[index] with { ProxyPort = _proxy!.Port, SkewMinutes = skewMinutes, Seed = kiosks[index].Seed + 1000 };
        _kiosks[index] = await ChildProcess.StartAsync(["kiosk", kiosks[index].Format()]);
    }
}
