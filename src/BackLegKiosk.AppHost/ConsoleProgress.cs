namespace BackLegKiosk.AppHost;

/// <summary>
/// Start-up lines written the moment they are reported: <see cref="Progress{T}"/> hands each to the
/// thread pool, where "Starting Kiosk 1" could overtake the last seeded member.
/// </summary>
internal sealed class ConsoleProgress : IProgress<string>
{
    public void Report(string value) => Console.WriteLine(value);
}
