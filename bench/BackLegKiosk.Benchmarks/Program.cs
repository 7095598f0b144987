using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(BackLegKiosk.Benchmarks.PlannerBenchmarks).Assembly).Run(args);
