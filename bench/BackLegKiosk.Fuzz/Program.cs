using System.Globalization;
using BackLegKiosk.Fuzz;

// Drives every RPC the server maps with random and mutated messages and headers; see FuzzRun.
var inputs = 100_000;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--inputs" && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0)
    {
        inputs = n;
        i++;
    }
    else
    {
        await Console.Error.WriteLineAsync($"error: {args[i]}: unknown option; usage: fuzz [--inputs N]");
        return 2;
    }
}

return await FuzzRun.RunAsync(inputs);
