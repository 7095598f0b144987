using System.Globalization;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Planning;
using Spectre.Console;

namespace BackLegKiosk.Cli;

/// <summary>Draws a plan as tables a person can read at a glance.</summary>
internal static class PlanRenderer
{
    public static void Render(IAnsiConsole console, SessionPlan plan, string who)
    {
        var verdict = plan.Readiness.Status switch
        {
            ReadinessStatus.Go => "[green]GO[/]",
            ReadinessStatus.GoWithWarnings => "[yellow]GO WITH WARNINGS[/]",
            _ => $"[red]NOT TODAY[/]: {plan.Readiness.HoursUntilReady} h until ready",
        };
        console.MarkupLine($"[bold]Plan for {Markup.Escape(who)}[/] - {(plan.Focus == BodyRegion.Legs ? "legs" : "back")} focus - {verdict}");

        if (plan.Supersets.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Supersets");
            table.AddColumns("Slot", "Exercise", "Sets x reps", "Load / effort", "Rest (short/full)", "Warm-up");
            foreach (var superset in plan.Supersets)
            {
                foreach (var (exercise, rest) in new[] { (superset.First, superset.ShortRestSeconds), (superset.Second, superset.FullRestSeconds) })
                {
                    table.AddRow(
                        exercise.Slot,
                        Markup.Escape(exercise.Exercise.Name),
                        $"{exercise.WorkingSets} x {exercise.RepTarget}",
                        Markup.Escape(exercise.Load is { } load ? $"{load} @ RIR {exercise.TargetRir}" : $"RIR {exercise.TargetRir} (RPE {exercise.TargetRpe})"),
                        $"{rest} s",
                        Markup.Escape(string.Join(", ", exercise.WarmUps.Select(w => w.Load is { } l ? $"{l} x {w.Reps}" : $"{w.FractionOfWorkingLoad:0%} x {w.Reps}"))));
                }
            }

            console.Write(table);

            var volume = new Table().Border(TableBorder.Rounded).Title("Volume against the split day (R5)");
            volume.AddColumns("Group", "Split day", "Today", "Cut");
            foreach (var group in plan.Volume)
            {
                volume.AddRow(group.Region.ToString(), group.SplitDaySets.ToString(CultureInfo.InvariantCulture), group.PlannedSets.ToString(CultureInfo.InvariantCulture), $"{group.CutPercent:0}%");
            }

            console.Write(volume);
            console.MarkupLine($"About [bold]{plan.EstimatedMinutes} min[/], {plan.HardSets} hard sets.");
        }

        if (plan.Supersets.Count > 0)
        {
            console.MarkupLine("[bold]Rules applied[/]");
            foreach (var rule in plan.RulesApplied)
            {
                console.MarkupLine($"  [blue]{rule.RuleId}[/] {Markup.Escape(rule.Text)}");
            }
        }

        if (plan.Warnings.Count > 0)
        {
            console.MarkupLine(plan.Readiness.MayTrain ? "[bold yellow]Warnings[/]" : "[bold red]Why not today[/]");
            foreach (var warning in plan.Warnings)
            {
                console.MarkupLine($"  [yellow]{warning.RuleId}[/] {Markup.Escape(warning.Text)}");
            }
        }
    }
}
