using System.CommandLine;

namespace BackLegKiosk.Cli;

/// <summary>The operator tool: parses, runs one command, and returns its exit code.</summary>
public static class CliApp
{
    /// <summary>Exit code for bad arguments or input that cannot be planned from.</summary>
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var root = new RootCommand("BackLegKiosk operator tool: plan combined back-and-legs sessions.")
        {
            PlanCommand.Create(output, error, time),
        };

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
