using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Tests;

/// <summary>A gym's own catalog and planner settings, from configuration, shape the plans the server makes; bad ones stop it starting.</summary>
public class ConfigurationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly MemberProfile Member = new(Experience.Advanced, TrainingGoal.LegsPriority, 16, 14, 80, new Dictionary<string, double>(), 90, WeightUnit.Kilograms);

    [Fact]
    public void GymCatalogAndPlannerOptions_ChangeThePlansTheServerMakes()
    {
        var catalog = WriteCatalog("gym.json", BuiltInCatalog().Replace("\"Back squat\"", "\"Rack 3 back squat\"", StringComparison.Ordinal));
        using var gym = server.WithWebHostBuilder(b => b.UseSetting("BackLeg:CatalogPath", catalog).UseSetting("BackLeg:Planner:SplitDayRir", "4"));

        var plan = Plan(gym.Services);
        var standard = Plan(server.Services);

        Assert.Contains(plan.AllExercises(), e => e.Exercise.Name == "Rack 3 back squat");
        Assert.DoesNotContain(standard.AllExercises(), e => e.Exercise.Name == "Rack 3 back squat");
        // No load is known, so R6 takes one rep in reserve off the gym's split-day RIR: 4 - 1 here, 2 - 1 by default.
        Assert.All(plan.AllExercises(), e => Assert.Equal(3, e.TargetRir));
        Assert.All(standard.AllExercises(), e => Assert.Equal(1, e.TargetRir));
    }

    [Fact]
    public void Start_WithABrokenCatalog_IsRefusedNamingTheKeyAndTheEntry()
    {
        var catalog = WriteCatalog("broken.json", BuiltInCatalog().Replace("\"technicalDemand\": 5", "\"technicalDemand\": 9", StringComparison.Ordinal));
        using var misconfigured = server.WithWebHostBuilder(b => b.UseSetting("BackLeg:CatalogPath", catalog));

        var refused = Assert.Throws<OptionsValidationException>(() => misconfigured.Services);

        Assert.Contains($"BackLeg:CatalogPath '{catalog}': Catalog entry 1 ('back-squat'): technicalDemand must be between 1 and 5, got 9.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithAMissingCatalogFile_IsRefusedNamingTheKey()
    {
        var missing = Path.Combine(server.DataFolder, "no-such-catalog.json");
        using var misconfigured = server.WithWebHostBuilder(b => b.UseSetting("BackLeg:CatalogPath", missing));

        var refused = Assert.Throws<OptionsValidationException>(() => misconfigured.Services);

        Assert.Contains($"BackLeg:CatalogPath '{missing}' cannot be read", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithAnImportNameOfNoCatalogExercise_OrAStationCountOutOfRange_IsRefusedNamingTheKey()
    {
        using var misconfigured = server.WithWebHostBuilder(b => b.UseSetting("BackLeg:ImportNames:Smith Squat", "smith-squat").UseSetting("BackLeg:Stations:squat-rack", "0"));

        var refused = Assert.Throws<OptionsValidationException>(() => misconfigured.Services);

        Assert.Contains("BackLeg:ImportNames:Smith Squat maps to 'smith-squat', which is not in the exercise catalog.", refused.Message, StringComparison.Ordinal);
        Assert.Contains("BackLeg:Stations:squat-rack must be between 1 and 100, got 0.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithAPlannerOptionOutsideTheSeedsBand_IsRefusedNamingTheKey()
    {
        using var misconfigured = server.WithWebHostBuilder(b => b.UseSetting("BackLeg:Planner:VolumeCut", "0.5").UseSetting("BackLeg:Planner:MinHoursBetweenHardSessions", "24"));

        var refused = Assert.Throws<OptionsValidationException>(() => misconfigured.Services);

        Assert.Contains("BackLeg:Planner:VolumeCut must be between 0.20 and 0.30 (R5).", refused.Message, StringComparison.Ordinal);
        Assert.Contains("BackLeg:Planner:MinHoursBetweenHardSessions must be between 48 and 96 (R9).", refused.Message, StringComparison.Ordinal);
    }

    private static SessionPlan Plan(IServiceProvider services) =>
        services.GetRequiredService<SessionPlanner>().Plan(new PlanRequest(Member, [], new DateTimeOffset(2026, 12, 2, 18, 0, 0, TimeSpan.Zero), 8));

    private static string BuiltInCatalog()
    {
        using var stream = typeof(ExerciseCatalog).Assembly.GetManifestResourceStream("BackLegKiosk.Training.exercises.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private string WriteCatalog(string name, string json)
    {
        Directory.CreateDirectory(server.DataFolder);
        var path = Path.Combine(server.DataFolder, name);
        File.WriteAllText(path, json);
        return path;
    }
}
