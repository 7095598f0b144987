using System.Diagnostics;
using System.Reflection;

namespace BackLegKiosk.Chaos;

/// <summary>This program started again in another role, which the orchestrator can kill -9.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts this program with <paramref name="args"/> and waits for its first line of output, when it promises one.</summary>
    public static async Task<ChildProcess> StartAsync(IEnumerable<string> args, string? readyLine = null)
    {
        // Always through the dotnet host with this program's assembly: an apphost beside it is not guaranteed.
        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine($"  [child] {line}");
            }
        };
        process.BeginErrorReadLine();
        if (readyLine is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var said = new List<string>();
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line && line != readyLine)
            {
                said.Add(line);
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"'{string.Join(' ', args)}' ended with exit code {process.ExitCode} before it was ready: {string.Join(Environment.NewLine, said)}");
            }
        }

        // Whatever it says later is passed on: a pipe nobody reads fills up and stalls the child.
        _ = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                Console.Error.WriteLine($"  [child] {line}");
            }
        });

        return new ChildProcess(process);
    }

    /// <summary>kill -9: no shutdown, no flush, whatever was in flight is cut.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    public Task WaitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }
}
