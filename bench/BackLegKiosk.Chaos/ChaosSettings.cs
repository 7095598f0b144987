using System.Globalization;

namespace BackLegKiosk.Chaos;

/// <summary>
/// The orchestrator's command line: <c>--cycles N</c> (faults to inject, 10 by default), <c>--seed N</c>,
/// and <c>--postgres CONNECTION</c> to run the server on a database of its own on that PostgreSQL
/// (the superuser's connection string) instead of a SQLite folder.
/// </summary>
internal sealed record ChaosSettings(int Cycles, int Seed, int Kiosks, int MembersPerKiosk, string? Postgres)
{
    public static ChaosSettings Parse(string[] args)
    {
        var cycles = 10;
        var seed = 2026;
        string? postgres = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--cycles" when Number(value) is >= 1 and <= 10_000:
                    cycles = Number(value);
                    break;
                case "--seed":
                    seed = Number(value);
                    break;
                case "--postgres":
                    postgres = value;
                    break;
                default:
                    throw new ArgumentException($"unknown or out-of-range option {args[i]} {value}; use --cycles 1-10000, --seed N and --postgres CONNECTION");
            }
        }

        return new ChaosSettings(cycles, seed, Kiosks: 3, MembersPerKiosk: 2, postgres);
    }

    private static int Number(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
