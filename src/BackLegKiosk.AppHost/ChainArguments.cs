using System.Globalization;

namespace BackLegKiosk.AppHost;

/// <summary>The one command's options: none for one gym on SQLite, or <c>--store postgres --replicas N</c> for a chain.</summary>
internal sealed record ChainArguments(int Replicas)
{
    public const int MaxReplicas = 8;

    /// <summary>The arguments, or null after printing what is wrong with them.</summary>
    public static ChainArguments? Parse(string[] args)
    {
        string? store = null;
        string? replicas = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--store":
                    store = value;
                    i++;
                    break;
                case "--replicas":
                    replicas = value;
                    i++;
                    break;
                default:
                    return Refuse($"unknown argument '{args[i]}'.");
            }
        }

        if (store is null or "sqlite")
        {
            return replicas is null ? new ChainArguments(0) : Refuse("--replicas needs --store postgres: SQLite is one server's file.");
        }

        if (store != "postgres")
        {
            return Refuse($"--store '{store}' is not a store; use sqlite or postgres.");
        }

        if (!int.TryParse(replicas ?? "1", NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > MaxReplicas)
        {
            return Refuse($"--replicas '{replicas}' must be a whole number from 1 to {MaxReplicas}.");
        }

        return new ChainArguments(count);
    }

    private static ChainArguments? Refuse(string problem)
    {
        Console.Error.WriteLine($"error: {problem}");
        Console.Error.WriteLine("usage: BackLegKiosk.AppHost [--store sqlite | --store postgres [--replicas N]]");
        return null;
    }
}
