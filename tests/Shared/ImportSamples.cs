using System.Globalization;

namespace BackLegKiosk.Tests.Samples;

/// <summary>
/// Exports of Strong, Hevy and FitNotes written by hand in each app's documented format (Shared/ImportSamples),
/// copied beside every test assembly that imports them.
/// </summary>
public static class ImportSamples
{
    /// <summary>When the Strong sample's leg day began, as Strong writes it.</summary>
    public static readonly DateTime StrongLegsDay = new(2026, 11, 22, 10, 15, 40);

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "ImportSamples", file);

    /// <summary>The Strong sample with every workout moved so its leg day began at <paramref name="legsDay"/>, dates written as Strong writes them.</summary>
    public static string StrongWithLegsDayAt(DateTime legsDay)
    {
        var shift = legsDay - StrongLegsDay;
        return string.Join('\n', File.ReadAllLines(PathOf("strong.csv")).Select((line, i) => i == 0 ? line
            : (DateTime.ParseExact(line[..19], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + shift).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + line[19..]));
    }
}
