using System.Globalization;

namespace BackLegKiosk.DashboardScale;

/// <summary><c>--store sqlite|postgres</c>, <c>--connection</c> (PostgreSQL's superuser), <c>--sets</c>, <c>--members</c>.</summary>
internal sealed record ScaleSettings(string? PostgresAdmin, int Sets, int Members)
{
    public static ScaleSettings Parse(string[] args)
    {
        var (store, connection, sets, members) = ("sqlite", (string?)null, 1_000_000, 5_000);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--store" when value is "sqlite" or "postgres":
                    store = value;
                    break;
                case "--connection":
                    connection = value;
                    break;
                case "--sets" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n is >= 1_000 and <= 10_000_000:
                    sets = n;
                    break;
                case "--members" when int.TryParse(value, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 100_000:
                    members = m;
                    break;
                default:
                    throw new ArgumentException($"unknown or out-of-range option {args[i]} {value}; use --store sqlite|postgres, --connection, --sets 1000-10000000, --members 1-100000");
            }
        }

        return store == "postgres"
            ? new ScaleSettings(connection ?? throw new ArgumentException("--store postgres needs --connection (the superuser's connection string)"), sets, members)
            : new ScaleSettings(null, sets, members);
    }
}
