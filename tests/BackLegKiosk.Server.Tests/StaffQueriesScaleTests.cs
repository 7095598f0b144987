using System.Diagnostics;
using System.Globalization;
using BackLegKiosk.DashboardScale;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Server.Tests;

/// <summary>
/// The staff views over a year of a busy gym (1,000 members, 200,000 sets) on a real SQLite file.
/// Times are printed, not asserted; the results are checked against what was seeded.
/// </summary>
public class StaffQueriesScaleTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const int Members = 1_000;
    private const int Sets = 200_000;
    private const int SetsPerSession = GymYear.SetsPerSession;

    [Fact]
    public async Task StaffQueries_OnAYearOfABusyGym_AnswerCorrectlyAndPrintTheirTimes()
    {
        var now = server.Clock.GetUtcNow();
        var (memberIds, kioskId) = await SeedAsync(now);
        await using var scope = server.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<StaffQueries>();
        var (from, to) = (now.AddDays(-366), now);

        var usage = await TimeAsync("usage, a year by day", () => queries.UsageAsync(from, to, hourly: false, CancellationToken.None));
        var flags = await TimeAsync("flags, a year", () => queries.FlaggedAsync(from, to, CancellationToken.None));
        var history = await TimeAsync("one member's history", () => queries.MemberHistoryAsync(memberIds[7], CancellationToken.None));
        var active = await TimeAsync("active sessions", () => queries.ActiveSessionsAsync(CancellationToken.None));

        Assert.Equal(Sets, usage.Total.Sets);
        Assert.Equal(usage.Total.Sets, usage.Points.Sum(p => p.Counts.Sets));
        Assert.Contains(usage.PerKiosk, k => k.KioskId == kioskId && k.Counts.Sets == Sets);
        Assert.Equal(Sets / SetsPerSession / Members, history.Sessions.Count);
        Assert.Equal(Sets / Members, history.Sessions.Sum(s => s.LegsSets + s.BackSets));
        Assert.NotEmpty(history.Exercises.Single(e => e.ExerciseId == "back-squat").Trend);
        Assert.NotEmpty(flags);
        Assert.NotNull(active);
    }

    private static async Task<T> TimeAsync<T>(string what, Func<Task<T>> query)
    {
        var clock = Stopwatch.StartNew();
        var result = await query();
        Print(string.Create(CultureInfo.InvariantCulture, $"{what}: {clock.Elapsed.TotalMilliseconds:0} ms"));
        return result;
    }

    /// <summary>To the test output, and to a file beside the test results that test.sh prints after the run.</summary>
    private static void Print(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        var folder = Environment.GetEnvironmentVariable("BACKLEG_ARTIFACTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.AppendAllLines(Path.Combine(folder, "staff-queries-at-scale.txt"), [line]);
        }
    }

    private async Task<(List<Guid> Members, Guid Kiosk)> SeedAsync(DateTimeOffset now)
    {
        var clock = Stopwatch.StartNew();
        var year = new GymYear(Members, Sets, kiosks: 1, now);
        await using var scope = server.Services.CreateAsyncScope();
        await year.LoadAsync(scope.ServiceProvider.GetRequiredService<BackLegDbContext>());
        Print(string.Create(CultureInfo.InvariantCulture, $"seeded {Members} members, {Sets / SetsPerSession} sessions, {Sets} sets in {clock.Elapsed.TotalSeconds:0.0} s"));
        return ([.. year.Members.Select(m => m.Id)], year.Kiosks[0].Id);
    }
}
