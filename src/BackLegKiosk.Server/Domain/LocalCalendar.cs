namespace BackLegKiosk.Server.Domain;

/// <summary>
/// Days, weeks and hours as the gym lives them: they start on the clock in the gym's zone, so an evening
/// session counts on its own day wherever the server's clock is, and a day that changes to or from
/// daylight saving time is 23 or 25 hours long.
/// </summary>
public static class LocalCalendar
{
    public static DateTimeOffset StartOfDay(DateTimeOffset at, TimeZoneInfo zone) => At(TimeZoneInfo.ConvertTime(at, zone).Date, zone);

    /// <summary>Monday 00:00 of the ISO week holding <paramref name="at"/>.</summary>
    public static DateTimeOffset StartOfWeek(DateTimeOffset at, TimeZoneInfo zone)
    {
        var date = TimeZoneInfo.ConvertTime(at, zone).Date;
        return At(date.AddDays(-(((int)date.DayOfWeek + 6) % 7)), zone);
    }

    /// <summary>
    /// The instant a wall-clock time names in <paramref name="zone"/>. A time the clocks skip names the
    /// first instant after the gap; a time they repeat names its first occurrence.
    /// </summary>
    public static DateTimeOffset At(DateTime wallClock, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>
    /// The starts of the days (or clock hours) that cover [<paramref name="from"/>, <paramref name="to"/>):
    /// the first is at or before <paramref name="from"/>, each ends where the next begins.
    /// </summary>
    public static List<DateTimeOffset> Buckets(DateTimeOffset from, DateTimeOffset to, bool days, TimeZoneInfo zone)
    {
        var starts = new List<DateTimeOffset>();
        if (days)
        {
            for (var date = TimeZoneInfo.ConvertTime(from, zone).Date; At(date, zone) < to; date = date.AddDays(1))
            {
                starts.Add(At(date, zone));
            }
        }
        else
        {
            // Whole-hour steps from the local hour's start stay on the local clock's hours across a DST change.
            var local = TimeZoneInfo.ConvertTime(from, zone);
            for (var start = At(local.Date.AddHours(local.Hour), zone); start < to; start = start.AddHours(1))
            {
                starts.Add(start);
            }
        }

        return starts;
    }

    /// <summary>Which of <paramref name="starts"/> (ascending, the first at or before <paramref name="at"/>) holds <paramref name="at"/>.</summary>
    public static int BucketOf(List<DateTimeOffset> starts, DateTimeOffset at)
    {
        var found = starts.BinarySearch(at);
        return found >= 0 ? found : ~found - 1;
    }
}
