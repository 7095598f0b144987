using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Domain.HistoryImport;
using BackLegKiosk.Tests.Samples;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Server.Tests;

/// <summary>
/// A member's history from Strong, Hevy and FitNotes, from sample files written by hand in each app's
/// documented export format (ImportSamples/): what goes in, what is reported, and what the rules make of it.
/// </summary>
public class HistoryImportTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    public static TheoryData<ImportFormat, string, int, int, string, int[]> Samples() => new()
    {
        // Two workouts; a curl and a run are not in the table; line 12's reps are "x".
        { ImportFormat.Strong, "strong.csv", 2, 12, "Bicep Curl (Dumbbell):1, Running:1", [12] },
        // One workout; a plank is not in the table; line 9's weight is "heavy".
        { ImportFormat.Hevy, "hevy.csv", 1, 7, "Plank:1", [9] },
        // Two days; a bench press is not in the table; line 11's weight and line 12's date are not readable.
        { ImportFormat.Fitnotes, "fitnotes.csv", 2, 8, "Flat Barbell Bench Press:1", [11, 12] },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task EachAppsExport_Imports_CountingUnmappedNames_AndReportingBadRowsByLine(ImportFormat format, string file, int sessions, int sets, string unmapped, int[] badLines)
    {
        var member = await server.EnrollAsync();
        var progress = new List<ImportProgress>();

        var report = await ImportAsync(member, format, file, new SynchronousProgress(progress));

        Assert.Equal((sessions, sets, 0), (report.SessionsAdded, report.SetsAdded, report.SessionsAlreadyThere));
        Assert.Equal(unmapped, string.Join(", ", report.Unmapped.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => $"{u.Key}:{u.Value}")));
        Assert.Equal(badLines, report.BadRows.Select(b => b.Line));
        Assert.Equal(new ImportProgress(sessions, sessions), progress[^1]);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackLegDbContext>();
        var id = Guid.Parse(member.MemberId);
        Assert.Equal(sessions, await db.Sessions.CountAsync(s => s.MemberId == id && s.ImportedFrom == Training.Vocabulary.Words.Of(format), TestContext.Current.CancellationToken));
        Assert.Equal(sets, await db.Facts.CountAsync(f => f.MemberId == id && f.Counted, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheSameExportTwice_AddsNothing()
    {
        var member = await server.EnrollAsync();
        var first = await ImportAsync(member, ImportFormat.Strong, "strong.csv");
        var rows = await RowsAsync(member);

        var second = await ImportAsync(member, ImportFormat.Strong, "strong.csv");

        Assert.Equal((2, 0), (first.SessionsAdded, first.SessionsAlreadyThere));
        Assert.Equal((0, 0, 2), (second.SessionsAdded, second.SetsAdded, second.SessionsAlreadyThere));
        Assert.Equal(rows, await RowsAsync(member));
    }

    [Fact]
    public async Task AnImportedLegsDay24HoursAgo_IsAHardSession_SoTheCombinedDayIsNotToday()
    {
        var member = await server.EnrollAsync();
        var legsDay = TimeZoneInfo.ConvertTime(server.Clock.GetUtcNow().AddHours(-24), TimeZoneInfo.Local).DateTime;

        await ImportAsync(member, ImportFormat.Strong, ImportSamples.StrongWithLegsDayAt(legsDay));
        var checkIn = await server.CheckInAsync(member);

        Assert.Equal(ReadinessStatus.NotToday, checkIn.Readiness.Status);
        Assert.Contains(checkIn.Readiness.Reasons, r => r.RuleId == "R9" && r.Kind == "R9.TooSoon" && r.Text.StartsWith("Your legs and back were trained hard 24 h ago", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportedSets_GiveTheNextPlanTheLoadOfALiftWithNoKnownMax()
    {
        var member = await server.EnrollAsync();
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var members = scope.ServiceProvider.GetRequiredService<Domain.MemberDirectory>();
            var profile = Domain.MemberDirectory.ToProfile(await members.FindAsync(Guid.Parse(member.MemberId), TestContext.Current.CancellationToken));
            await members.UpdateAsync(Guid.Parse(member.MemberId), null, profile with { OneRepMaxesKg = new Dictionary<string, double>() }, null, TestContext.Current.CancellationToken);
        }

        var before = await SquatLoadAsync(member);
        await ImportAsync(member, ImportFormat.Strong, "strong.csv");
        var after = await SquatLoadAsync(member);

        Assert.Null(before);
        Assert.NotNull(after);
    }

    [Fact]
    public async Task AnotherAppsFile_IsRefusedAsAWhole_AndStoresNothing()
    {
        var member = await server.EnrollAsync();

        var refused = await Assert.ThrowsAsync<InvalidFieldException>(() => ImportAsync(member, ImportFormat.Hevy, "strong.csv"));

        Assert.Equal("file", refused.Field);
        Assert.Contains("is not a hevy export", refused.Reason, StringComparison.Ordinal);
        Assert.Equal((0, 0), await RowsAsync(member));
    }

    private async Task<ImportReport> ImportAsync(Member member, ImportFormat format, string file, IProgress<ImportProgress>? progress = null)
    {
        await using var scope = server.Services.CreateAsyncScope();
        await using var stream = file.Contains('\n', StringComparison.Ordinal)
            ? new MemoryStream(System.Text.Encoding.UTF8.GetBytes(file))
            : (Stream)File.OpenRead(ImportSamples.PathOf(file));
        return await scope.ServiceProvider.GetRequiredService<HistoryImporter>().ImportAsync(Guid.Parse(member.MemberId), format, stream, progress, TestContext.Current.CancellationToken);
    }

    private async Task<(int Sessions, int Facts)> RowsAsync(Member member)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackLegDbContext>();
        var id = Guid.Parse(member.MemberId);
        return (await db.Sessions.CountAsync(s => s.MemberId == id, TestContext.Current.CancellationToken), await db.Facts.CountAsync(f => f.MemberId == id, TestContext.Current.CancellationToken));
    }

    private async Task<Load?> SquatLoadAsync(Member member)
    {
        var checkIn = await server.CheckInAsync(member);
        var preview = await server.KioskApi.PreviewSessionAsync(new PlanSessionRequest(), ServerFixture.Kiosk(server.KioskKey1, checkIn.CheckinToken));
        return preview.Plan.Supersets.SelectMany(s => new[] { s.First, s.Second }).Single(e => e.ExerciseId == "back-squat").Load;
    }

    /// <summary>Records each report as it happens; <see cref="Progress{T}"/> would post them later, on the pool.</summary>
    private sealed class SynchronousProgress(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
