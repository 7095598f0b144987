using System.CommandLine;
using System.Globalization;
using BackLegKiosk.Server;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Vocabulary;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BackLegKiosk.Cli;

/// <summary><c>member add | import | export | erase | import-history</c>.</summary>
internal static class MemberCommands
{
    /// <summary>The CSV columns of <c>member import</c>, in order.</summary>
    public static readonly string[] Columns = ["code", "name", "pin", "experience", "goal", "baseline_legs", "baseline_back", "body_weight_kg", "available_minutes", "units"];

    public static Command Create(TextWriter output, TextWriter error, TimeProvider time)
    {
        return new Command("member", "Members: enroll, import, export and erase.")
        {
            Add(output, error, time),
            Import(output, error, time),
            Export(output, error, time),
            Erase(output, error, time),
            HistoryCommand.Create(output, error, time),
        };
    }

    private static Command Add(TextWriter output, TextWriter error, TimeProvider time)
    {
        var code = new Option<string>("--code") { Description = "Member code typed at the kiosk (4-12 digits)", Required = true };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var pin = new Option<string>("--pin") { Description = "Kiosk PIN (4-8 digits), stored hashed", Required = true };
        var experience = PlanCommand.Choice("--experience", "Training age", Choices.Experiences);
        experience.Required = true;
        var goal = PlanCommand.Choice("--goal", "What the member trains for", Choices.Goals);
        goal.Required = true;
        var legs = new Option<int>("--baseline-legs") { Description = "Working sets on the split leg day (5-30)", DefaultValueFactory = _ => 15 };
        var back = new Option<int>("--baseline-back") { Description = "Working sets on the split back day (5-30)", DefaultValueFactory = _ => 15 };
        var weight = new Option<double>("--body-weight") { Description = "Body weight in --units", Required = true };
        var units = PlanCommand.Choice("--units", "kg or lb (default kg)", Choices.Units);
        var minutes = new Option<int>("--minutes") { Description = "Minutes usually available (20-240)", DefaultValueFactory = _ => 90 };
        var command = new Command("add", "Enroll one member.") { code, name, pin, experience, goal, legs, back, weight, units, minutes };
        command.SetAction((result, cancellationToken) => Operations.RunAsync(error, async () =>
        {
            var unit = Choices.Unit(result.GetValue(units)) ?? WeightUnit.Kilograms;
            var profile = new MemberProfile(
                Choices.Experience(result.GetValue(experience))!.Value,
                Choices.Goal(result.GetValue(goal))!.Value,
                result.GetValue(legs),
                result.GetValue(back),
                new Load(result.GetValue(weight), unit).Kilograms,
                new Dictionary<string, double>(),
                result.GetValue(minutes),
                unit);
            var problems = profile.Validate();
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    error.WriteLine($"error: {FieldNames.ToOption(problem.Field)}: {problem.Message}");
                }

                return CliApp.UsageError;
            }

            await using var store = await Store.OpenAsync(result, time);
            await using var scope = store.CreateAsyncScope();
            var member = await scope.ServiceProvider.GetRequiredService<MemberDirectory>()
                .EnrollAsync(result.GetValue(code), result.GetValue(name), result.GetValue(pin), profile, cancellationToken);
            output.WriteLine($"Member {member.Code} '{member.DisplayName}' enrolled ({member.Id}).");
            return 0;
        }));
        return command;
    }

    private static Command Import(TextWriter output, TextWriter error, TimeProvider time)
    {
        var file = new Option<FileInfo>("--file") { Description = $"CSV with a header row: {string.Join(",", Columns)}", Required = true };
        var command = new Command("import", "Enroll members from a CSV file; bad rows are reported and skipped, good rows kept.") { file };
        command.SetAction((result, cancellationToken) => Operations.RunAsync(error, async () =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                error.WriteLine($"error: --file: '{path.FullName}' does not exist");
                return CliApp.UsageError;
            }

            List<(int Line, string[] Fields)> rows;
            using (var reader = path.OpenText())
            {
                rows = [.. CsvRows.Read(reader)];
            }

            if (rows.Count == 0 || !rows[0].Fields.Select(f => f.ToLowerInvariant()).SequenceEqual(Columns))
            {
                error.WriteLine($"error: --file: the first row must be the header {string.Join(",", Columns)}");
                return CliApp.UsageError;
            }

            await using var store = await Store.OpenAsync(result, time);
            var failures = new List<(int Line, string Problem)>();
            var imported = 0;
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            await console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Importing members", maxValue: rows.Count - 1);
                foreach (var (line, fields) in rows.Skip(1))
                {
                    var problem = await ImportRowAsync(store, fields, cancellationToken);
                    if (problem is null)
                    {
                        imported++;
                    }
                    else
                    {
                        failures.Add((line, problem));
                    }

                    task.Increment(1);
                }
            });

            output.WriteLine($"{imported} imported, {failures.Count} rejected.");
            foreach (var (line, problem) in failures)
            {
                output.WriteLine($"  line {line}: {problem}");
            }

            return failures.Count == 0 ? 0 : Operations.Refused;
        }));
        return command;
    }

    /// <summary>Enrolls one row; null when it went in, else what is wrong with it.</summary>
    private static async Task<string?> ImportRowAsync(ServiceProvider store, string[] fields, CancellationToken cancellationToken)
    {
        if (fields.Length != Columns.Length)
        {
            return $"expected {Columns.Length} fields, found {fields.Length}";
        }

        var row = Columns.Zip(fields).ToDictionary(p => p.First, p => p.Second);
        var unit = Choices.Unit(row["units"]);
        var experience = Choices.Experience(row["experience"]);
        var goal = Choices.Goal(row["goal"]);
        var problem = (experience, goal, unit) switch
        {
            (null, _, _) => $"experience: must be one of {string.Join(", ", Choices.Experiences)}",
            (_, null, _) => $"goal: must be one of {string.Join(", ", Choices.Goals)}",
            (_, _, null) => $"units: must be {Words.OneOf<WeightUnit>()}",
            _ => null,
        };
        var legsProblem = Number(row, "baseline_legs", out var legs);
        var backProblem = Number(row, "baseline_back", out var back);
        var weightProblem = Number(row, "body_weight_kg", out var weight);
        var minutesProblem = Number(row, "available_minutes", out var minutes);
        problem ??= legsProblem ?? backProblem ?? weightProblem ?? minutesProblem;
        if (problem is not null)
        {
            return problem;
        }

        var profile = new MemberProfile(experience!.Value, goal!.Value, (int)legs, (int)back, weight, new Dictionary<string, double>(), (int)minutes, unit!.Value);
        var invalid = profile.Validate();
        if (invalid.Count > 0)
        {
            return $"{FieldNames.ToColumn(invalid[0].Field)}: {invalid[0].Message}";
        }

        await using var scope = store.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<MemberDirectory>().EnrollAsync(row["code"], row["name"], row["pin"], profile, cancellationToken);
            return null;
        }
        catch (InvalidFieldException ex)
        {
            return ex.Message;
        }
        catch (ConflictException ex)
        {
            return ex.Message;
        }
    }

    private static string? Number(Dictionary<string, string> row, string column, out double value) =>
        double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out value) ? null : $"{column}: '{row[column]}' is not a number";

    private static Command Export(TextWriter output, TextWriter error, TimeProvider time)
    {
        var code = new Option<string>("--code") { Description = "Member code", Required = true };
        var to = new Option<FileInfo?>("--out") { Description = "Write the JSON here instead of standard output" };
        var command = new Command("export", "Export everything stored about a member as JSON.") { code, to };
        command.SetAction((result, cancellationToken) => Operations.RunAsync(error, async () =>
        {
            await using var store = await Store.OpenAsync(result, time);
            await using var scope = store.CreateAsyncScope();
            var id = await FindAsync(scope, result.GetValue(code), cancellationToken);
            var json = await scope.ServiceProvider.GetRequiredService<MemberDirectory>().ExportAsync(id, cancellationToken);
            if (result.GetValue(to) is { } path)
            {
                await File.WriteAllTextAsync(path.FullName, json, cancellationToken);
                output.WriteLine($"Exported to {path.FullName}.");
            }
            else
            {
                output.WriteLine(json);
            }

            return 0;
        }));
        return command;
    }

    private static Command Erase(TextWriter output, TextWriter error, TimeProvider time)
    {
        var code = new Option<string>("--code") { Description = "Member code", Required = true };
        var yes = new Option<bool>("--yes") { Description = "Confirm: erasing cannot be undone" };
        var command = new Command("erase", "Erase a member's identity and health data on request.") { code, yes };
        command.SetAction((result, cancellationToken) => Operations.RunAsync(error, async () =>
        {
            if (!result.GetValue(yes))
            {
                error.WriteLine("error: --yes: erasing cannot be undone; add --yes to confirm");
                return CliApp.UsageError;
            }

            await using var store = await Store.OpenAsync(result, time);
            await using var scope = store.CreateAsyncScope();
            var id = await FindAsync(scope, result.GetValue(code), cancellationToken);
            var erased = await scope.ServiceProvider.GetRequiredService<MemberDirectory>().EraseAsync(id, cancellationToken);
            output.WriteLine($"Erased: {erased.Summary}");
            return 0;
        }));
        return command;
    }

    public static async Task<Guid> FindAsync(AsyncServiceScope scope, string? code, CancellationToken cancellationToken)
    {
        var memberCode = InputRules.MemberCode(code, "--code");
        var db = scope.ServiceProvider.GetRequiredService<BackLegDbContext>();
        return await db.Members.Where(m => m.Code == memberCode).Select(m => (Guid?)m.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"No member with code {memberCode}.");
    }
}
