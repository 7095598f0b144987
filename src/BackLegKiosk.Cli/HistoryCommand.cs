using System.CommandLine;
using BackLegKiosk.Server.Domain.HistoryImport;
using BackLegKiosk.Training.Vocabulary;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BackLegKiosk.Cli;

/// <summary><c>member import-history</c>: a member's workouts from Strong, Hevy or FitNotes.</summary>
internal static class HistoryCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider time)
    {
        var code = new Option<string>("--code") { Description = "Member code", Required = true };
        var file = new Option<FileInfo>("--file") { Description = "The app's CSV export", Required = true };
        var format = new Option<string>("--format") { Description = "Which app wrote the file", Required = true };
        format.AcceptOnlyFromAmong([.. Words.All<ImportFormat>()]);
        var command = new Command("import-history", "Import a member's workouts from a Strong, Hevy or FitNotes CSV export; importing the same file again adds nothing.") { code, file, format };
        command.SetAction((result, cancellationToken) => Operations.RunAsync(error, async () =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                error.WriteLine($"error: --file: '{path.FullName}' does not exist");
                return CliApp.UsageError;
            }

            await using var store = await Store.OpenAsync(result, time);
            await using var scope = store.CreateAsyncScope();
            var member = await MemberCommands.FindAsync(scope, result.GetValue(code), cancellationToken);
            var importer = scope.ServiceProvider.GetRequiredService<HistoryImporter>();
            ImportReport? report = null;
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            await console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Importing workouts", maxValue: 1);
                await using var stream = path.OpenRead();
                report = await importer.ImportAsync(member, Words.Parse<ImportFormat>(result.GetValue(format))!.Value, stream, new Bar(task), cancellationToken);
            });

            Write(output, report!);
            return report!.BadRows.Count == 0 ? 0 : Operations.Refused;
        }));
        return command;
    }

    private static void Write(TextWriter output, ImportReport report)
    {
        output.WriteLine($"{report.SessionsAdded} workouts imported with {report.SetsAdded} sets; {report.SessionsAlreadyThere} were already there.");
        foreach (var (name, sets) in report.Unmapped.OrderByDescending(u => u.Value))
        {
            output.WriteLine($"  not in the exercise table, left out: {name}, sets: {sets}");
        }

        foreach (var (line, problem) in report.BadRows)
        {
            output.WriteLine($"  line {line}: {problem}");
        }
    }

    /// <summary>Reports into a Spectre bar; Progress&lt;T&gt; would post to a thread pool the bar may outlive.</summary>
    private sealed class Bar(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
        }
    }
}
