using System.CommandLine;
using System.Globalization;
using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Demo;
using BackLegKiosk.Training.History;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;
using Spectre.Console;

namespace BackLegKiosk.Cli;

/// <summary><c>plan</c>: prints today's plan for a member described on the command line or a demo persona.</summary>
internal static class PlanCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider time)
    {
        var persona = new Option<string?>("--persona") { Description = "Start from a demo member: " + string.Join(", ", DemoPersonas.Keys) };
        persona.AcceptOnlyFromAmong([.. DemoPersonas.Keys]);
        var experience = Choice("--experience", "Training age", Choices.Experiences);
        var goal = Choice("--goal", "What the member trains for (default: from --focus, else strength)", Choices.Goals);
        var focus = Choice("--focus", "Today's priority group", Choices.Focuses);
        var baselineLegs = new Option<int?>("--baseline-legs") { Description = "Working sets of legs on the member's split leg day (5-30)" };
        var baselineBack = new Option<int?>("--baseline-back") { Description = "Working sets of back on the member's split back day (5-30)" };
        var bodyWeight = new Option<double?>("--body-weight") { Description = "Body weight, in --units" };
        var units = Choice("--units", "Unit for loads and body weight (default kg)", Choices.Units);
        var minutes = new Option<int?>("--minutes") { Description = "Minutes available today (20-240)" };
        var sleep = new Option<double?>("--sleep") { Description = "Hours slept last night (0-24)" };
        var oneRm = new Option<string[]>("--one-rm") { Description = "Known one-rep max as exercise=load, in --units; repeatable", AllowMultipleArgumentsPerToken = true };
        var hoursSince = new Option<double?>("--hours-since-last") { Description = "Hours since the last combined session (replaces the persona's history)" };
        var combined7 = new Option<int?>("--combined-last-7d") { Description = "Combined sessions in the last 7 days (replaces the persona's history)" };
        var json = new Option<bool>("--json") { Description = "Print the plan as JSON" };

        var command = new Command("plan", "Plan today's combined back-and-legs session and explain it.")
        {
            persona, experience, goal, focus, baselineLegs, baselineBack, bodyWeight, units, minutes, sleep, oneRm, hoursSince, combined7, json,
        };

        var options = new PlanOptions(persona, experience, goal, focus, baselineLegs, baselineBack, bodyWeight, units, minutes, sleep, oneRm, hoursSince, combined7, json);
        command.SetAction(result => Run(result, options, output, error, time));
        return command;
    }

    private sealed record PlanOptions(
        Option<string?> Persona,
        Option<string?> Experience,
        Option<string?> Goal,
        Option<string?> Focus,
        Option<int?> BaselineLegs,
        Option<int?> BaselineBack,
        Option<double?> BodyWeight,
        Option<string?> Units,
        Option<int?> Minutes,
        Option<double?> Sleep,
        Option<string[]> OneRm,
        Option<double?> HoursSince,
        Option<int?> Combined7,
        Option<bool> Json);

    private static int Run(ParseResult result, PlanOptions o, TextWriter output, TextWriter error, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var personaKey = result.GetValue(o.Persona);
        var basis = personaKey is null ? null : DemoPersonas.Get(personaKey, now);
        if (basis is null && result.GetValue(o.Experience) is null)
        {
            return Fail(error, "--experience is required unless --persona is given");
        }

        var unit = Choices.Unit(result.GetValue(o.Units)) ?? basis?.Profile.Units ?? WeightUnit.Kilograms;

        var maxes = basis?.Profile.OneRepMaxesKg.ToDictionary() ?? new Dictionary<string, double>(StringComparer.Ordinal);
        if (ReadMaxes(result.GetValue(o.OneRm) ?? [], unit, maxes) is { } badMax)
        {
            return Fail(error, badMax);
        }

        var focusPick = Choices.Focus(result.GetValue(o.Focus));
        var profile = new MemberProfile(
            Choices.Experience(result.GetValue(o.Experience)) ?? basis!.Profile.Experience,
            Choices.Goal(result.GetValue(o.Goal)) ?? basis?.Profile.Goal ?? focusPick switch
            {
                BodyRegion.Legs => TrainingGoal.LegsPriority,
                BodyRegion.Back => TrainingGoal.BackPriority,
                _ => TrainingGoal.Strength,
            },
            result.GetValue(o.BaselineLegs) ?? basis?.Profile.SplitDaySetsLegs ?? 15,
            result.GetValue(o.BaselineBack) ?? basis?.Profile.SplitDaySetsBack ?? 15,
            result.GetValue(o.BodyWeight) is { } weight ? new Load(weight, unit).Kilograms : basis?.Profile.BodyWeightKg ?? 80,
            maxes,
            result.GetValue(o.Minutes) ?? basis?.Profile.AvailableMinutes ?? 90,
            unit);

        var syntheticLast = result.GetValue(o.HoursSince);
        var syntheticCount = result.GetValue(o.Combined7);
        var history = syntheticLast is null && syntheticCount is null
            ? basis?.History ?? []
            : SyntheticHistory(now, syntheticLast, syntheticCount);
        var request = new PlanRequest(profile, history, now, result.GetValue(o.Sleep) ?? basis?.SleepHoursLastNight ?? 8, focusPick);

        var errors = request.Validate();
        if (errors.Count > 0)
        {
            foreach (var e in errors)
            {
                error.WriteLine($"error: {FieldNames.ToOption(e.Field)}: {e.Message}");
            }

            return CliApp.UsageError;
        }

        Print(output, new SessionPlanner().Plan(request), result.GetValue(o.Json), basis?.Name ?? "member");
        return 0;
    }

    /// <summary>Adds each --one-rm exercise=load to <paramref name="maxes"/> in kilograms; the first bad one's message, or null.</summary>
    private static string? ReadMaxes(IEnumerable<string> entries, WeightUnit unit, Dictionary<string, double> maxes)
    {
        foreach (var entry in entries)
        {
            var parts = entry.Split('=', 2);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return $"--one-rm: '{entry}' is not exercise=load (e.g. back-squat=160)";
            }

            if (!ExerciseCatalog.Default.TryGet(parts[0], out _))
            {
                return $"--one-rm: unknown exercise '{parts[0]}'";
            }

            maxes[parts[0]] = new Load(value, unit).Kilograms;
        }

        return null;
    }

    /// <summary>The plan as JSON, or as tables with colour when the output is a terminal.</summary>
    private static void Print(TextWriter output, SessionPlan plan, bool json, string memberName)
    {
        if (json)
        {
            output.WriteLine(PlanJson.Serialize(plan));
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == Console.Out ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output == Console.Out ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        PlanRenderer.Render(console, plan, memberName);
    }

    /// <summary>
    /// Combined sessions for --hours-since-last and --combined-last-7d: the newest at the given hours
    /// ago (default 50), older ones 50 h apart so only the count decides the weekly cap.
    /// </summary>
    private static List<SessionRecord> SyntheticHistory(DateTimeOffset now, double? hoursSinceLast, int? combinedLast7Days)
    {
        var count = Math.Max(combinedLast7Days ?? 1, hoursSinceLast is null ? 0 : 1);
        var newest = hoursSinceLast ?? 50;
        return [.. Enumerable.Range(0, count).Select(i => new SessionRecord(
            now.AddHours(-(newest + (i * 50))),
            true,
            i % 2 == 0 ? BodyRegion.Legs : BodyRegion.Back,
            [
                .. Enumerable.Repeat(new SetRecord("back-squat", BodyRegion.Legs, 100, 5, 8, false), 4),
                .. Enumerable.Repeat(new SetRecord("pull-up", BodyRegion.Back, 0, 8, 8, false), 4),
            ]))];
    }

    internal static Option<string?> Choice(string name, string description, string[] values)
    {
        var option = new Option<string?>(name) { Description = $"{description}: {string.Join(", ", values)}" };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    internal static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return CliApp.UsageError;
    }
}
