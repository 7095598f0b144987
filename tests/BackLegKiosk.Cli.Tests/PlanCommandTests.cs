using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace BackLegKiosk.Cli.Tests;

public class PlanCommandTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 2, 18, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Plan_AdvancedLegsPersona_PrintsSupersetsCutRulesAndWarnings()
    {
        var (code, output, _) = Run("plan", "--persona", "advanced-legs");

        Assert.Equal(0, code);
        Assert.Contains("Plan for Alex Rivera - legs focus", output, StringComparison.Ordinal);
        Assert.Matches(@"A1\s+│ Back squat", output);
        Assert.Contains("│ Legs  │ 16        │ 12    │ 25% │", output, StringComparison.Ordinal);
        foreach (var id in Enumerable.Range(1, 11))
        {
            Assert.Contains($"  R{id} ", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Plan_AdvancedBackPersona_OpensWithTheDeadliftAndSwapsTheSquat()
    {
        var (code, output, _) = Run("plan", "--persona", "advanced-back");

        Assert.Equal(0, code);
        Assert.Matches(@"A1\s+│ Conventional", output);
        Assert.Contains("R3 Back squat swapped for", output, StringComparison.Ordinal);
        Assert.Contains(" lb", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_BeginnerPersona_IsWarned()
    {
        var (code, output, _) = Run("plan", "--persona", "beginner");

        Assert.Equal(0, code);
        Assert.Contains("GO WITH WARNINGS", output, StringComparison.Ordinal);
        Assert.Contains("as a beginner", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_TrainedYesterdayPersona_NotTodayWithHoursLeft()
    {
        var (code, output, _) = Run("plan", "--persona", "trained-yesterday");

        Assert.Equal(0, code);
        Assert.Contains("NOT TODAY: 18 h until ready", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Supersets", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Json_IsValidAndCarriesThePlan()
    {
        var (code, output, _) = Run("plan", "--experience", "advanced", "--focus", "legs", "--baseline-legs", "16", "--baseline-back", "14", "--one-rm", "back-squat=160", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("go", root.GetProperty("readiness").GetProperty("status").GetString());
        Assert.Equal("back-squat", root.GetProperty("supersets")[0].GetProperty("first").GetProperty("exercise").GetProperty("id").GetString());
        Assert.Equal(137.5, root.GetProperty("supersets")[0].GetProperty("first").GetProperty("load").GetProperty("value").GetDouble());
        Assert.Equal(12, root.GetProperty("volume")[0].GetProperty("plannedSets").GetInt32());
        Assert.Equal(11, root.GetProperty("rulesApplied").GetArrayLength());
    }

    [Fact]
    public void Plan_CombinedLast7Days_RefusesTheThird()
    {
        var (code, output, _) = Run("plan", "--experience", "advanced", "--combined-last-7d", "2");

        Assert.Equal(0, code);
        Assert.Contains("NOT TODAY", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Argument 'expert' not recognized", "plan", "--experience", "expert")]
    [InlineData("--baseline-legs: must be between 5 and 30", "plan", "--experience", "advanced", "--baseline-legs", "3")]
    [InlineData("--sleep: must be between 0 and 24", "plan", "--experience", "advanced", "--sleep", "30")]
    [InlineData("--experience is required unless --persona is given", "plan")]
    [InlineData("--one-rm: unknown exercise 'curl'", "plan", "--experience", "advanced", "--one-rm", "curl=40")]
    [InlineData("--one-rm: 'squat' is not exercise=load", "plan", "--experience", "advanced", "--one-rm", "squat")]
    [InlineData("Cannot parse argument 'lots'", "plan", "--experience", "advanced", "--minutes", "lots")]
    public void Plan_BadArguments_ClearMessageAndExitCode2(string message, params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, Clock);
        return (code, output.ToString(), error.ToString());
    }
}
