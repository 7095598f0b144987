using System.Globalization;

namespace BackLegKiosk.Chaos;

/// <summary>The orchestrator's command line: <c>--cycles N</c> (faults to inject, 10 by default), <c>--seed N</c>.</summary>
internal sealed record ChaosSettings(int Cycles, int Seed, int Kiosks, int MembersPerKiosk)
{
    public static ChaosSettings Parse(string[] args)
    {
        var cycles = 10;
        var seed = 2026;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            _ = args[i] switch
            {
                "--cycles" when value is >= 1 and <= 10_000 => cycles = value,
                "--seed" => seed = value,
                _ => throw new ArgumentException($"unknown or out-of-range option {args[i]} {args[i + 1]}; use --cycles 1-10000 and --seed N"),
            };
        }

        return new ChaosSettings(cycles, seed, Kiosks: 3, MembersPerKiosk: 2);
    }
}
