using BackLegKiosk.Training.Demo;
using BackLegKiosk.Training.Planning;
using BenchmarkDotNet.Attributes;

namespace BackLegKiosk.Benchmarks;

/// <summary>
/// The planner runs at every check-in. Plans per second and bytes per plan for the four demo personas,
/// against the readiness check alone (the part every check-in pays even when no plan is made).
/// </summary>
[MemoryDiagnoser]
public class PlannerBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 18, 0, 0, TimeSpan.Zero);
    private readonly SessionPlanner _planner = new();
    private PlanRequest _request = null!;

    [Params(DemoPersonas.AdvancedLegs, DemoPersonas.AdvancedBack, DemoPersonas.Beginner, DemoPersonas.TrainedYesterday)]
    public string Persona { get; set; } = DemoPersonas.AdvancedLegs;

    [GlobalSetup]
    public void Setup()
    {
        var persona = DemoPersonas.Get(Persona, Now);
        _request = new PlanRequest(persona.Profile, persona.History, Now, persona.SleepHoursLastNight);
    }

    [Benchmark(Baseline = true)]
    public Readiness Readiness() => _planner.CheckReadiness(_request);

    [Benchmark]
    public SessionPlan Plan() => _planner.Plan(_request);
}
