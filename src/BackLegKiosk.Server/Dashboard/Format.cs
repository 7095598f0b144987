using System.Globalization;
using Microsoft.Extensions.Localization;

namespace BackLegKiosk.Server.Dashboard;

/// <summary>How the dashboard words counts, durations and Training's values, in the staff member's language.</summary>
public static class Format
{
    /// <summary>The languages the dashboard speaks, English first (the default).</summary>
    public static IReadOnlyList<CultureInfo> Cultures { get; } = [CultureInfo.GetCultureInfo("en-GB"), CultureInfo.GetCultureInfo("de-DE")];

    /// <summary>A page's title: "Today · BackLegKiosk staff".</summary>
    public static string Title(this IStringLocalizer<DashboardStrings> text, string key) => text["Title", text[key]];

    public static string Elapsed(this IStringLocalizer<DashboardStrings> text, TimeSpan span) => span < TimeSpan.Zero ? text.Minutes(0)
        : span.TotalHours >= 1 ? text["Format.HoursMinutes", (int)span.TotalHours, span.Minutes]
        : text.Minutes((int)span.TotalMinutes);

    public static string Count(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Minutes(this IStringLocalizer<DashboardStrings> text, double minutes) => text["Format.Minutes", minutes];

    public static string Ago(this IStringLocalizer<DashboardStrings> text, TimeSpan span) =>
        span.TotalMinutes < 1 ? text["Format.JustNow"] : text["Format.Ago", text.Elapsed(span)];

    /// <summary>An enum value in words, from the resources: <c>TrainingGoal.LegsPriority</c> reads "Legs priority".</summary>
    public static string Words(this IStringLocalizer<DashboardStrings> text, Enum value) => text[$"{value.GetType().Name}.{value}"];

    /// <summary>Y-axis steps for a count chart: about eight lines whatever the largest value.</summary>
    public static int Ticks(IEnumerable<double> values) => Math.Max(1, (int)Math.Ceiling(values.DefaultIfEmpty(0).Max() / 8));
}
