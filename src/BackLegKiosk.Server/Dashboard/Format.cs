using System.Globalization;

namespace BackLegKiosk.Server.Dashboard;

/// <summary>How the dashboard words durations.</summary>
public static class Format
{
    public static string Elapsed(TimeSpan span) => span < TimeSpan.Zero ? "0 min"
        : span.TotalHours >= 1 ? string.Create(CultureInfo.CurrentCulture, $"{(int)span.TotalHours} h {span.Minutes} min")
        : string.Create(CultureInfo.CurrentCulture, $"{(int)span.TotalMinutes} min");

    public static string Count(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Minutes(double minutes) => string.Create(CultureInfo.CurrentCulture, $"{minutes:0} min");

    public static string Ago(TimeSpan span) => span.TotalMinutes < 1 ? "just now" : Elapsed(span) + " ago";

    /// <summary>An enum value as words: <c>LegsPriority</c> reads "Legs priority".</summary>
    public static string Words(Enum value)
    {
        var name = value.ToString();
        var words = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            words.Append(i > 0 && char.IsUpper(name[i]) ? " " + char.ToLowerInvariant(name[i]) : name[i]);
        }

        return words.ToString();
    }

    /// <summary>Y-axis steps for a count chart: about eight lines whatever the largest value.</summary>
    public static int Ticks(IEnumerable<double> values) => Math.Max(1, (int)Math.Ceiling(values.DefaultIfEmpty(0).Max() / 8));
}
