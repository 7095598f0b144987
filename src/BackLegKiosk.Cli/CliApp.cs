using System.CommandLine;

namespace BackLegKiosk.Cli;

/// <summary>The operator tool: parses, runs one command, and returns its exit code.</summary>
public static class CliApp
{
    /// <summary>Exit code for bad arguments or input that cannot be planned from.</summary>
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider time) =>
        Run(args, output, error, time, Console.In);

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider time, TextReader input)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var root = new RootCommand("BackLegKiosk operator tool: plan sessions, provision kiosks and staff, manage members.")
        {
            PlanCommand.Create(output, error, time),
            MemberCommands.Create(output, error, time),
            KioskCommands.Kiosk(output, error, time),
            KioskCommands.Staff(output, error, time, input),
            StoreCommands.Create(output, error, time),
        };
        Store.AddTo(root);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run with --help to see the options.");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
