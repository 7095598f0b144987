using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Staff;
using BackLegKiosk.Training.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Tests;

/// <summary>Staff count days and hours on the gym's clock, not the server's UTC one.</summary>
public class LocalCalendarTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void Days_AcrossTheDaylightSavingChanges_Are23And25HoursLong()
    {
        var from = LocalCalendar.At(new DateTime(2026, 3, 28), Berlin);
        var to = LocalCalendar.At(new DateTime(2026, 3, 31), Berlin);

        var spring = LocalCalendar.Buckets(from, to, days: true, Berlin);
        var autumn = LocalCalendar.Buckets(LocalCalendar.At(new DateTime(2026, 10, 25), Berlin), LocalCalendar.At(new DateTime(2026, 10, 26), Berlin), days: true, Berlin);

        Assert.Equal(3, spring.Count);
        Assert.Equal([TimeSpan.FromHours(23), TimeSpan.FromHours(24)], [spring[2] - spring[1], to - spring[2]]);
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), spring[1]);
        Assert.Equal(TimeSpan.FromHours(25), LocalCalendar.At(new DateTime(2026, 10, 26), Berlin) - Assert.Single(autumn));
    }

    [Fact]
    public void Hours_FollowTheLocalClock_AndAnInstantFallsInTheBucketThatHoldsIt()
    {
        var india = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
        var from = new DateTimeOffset(2026, 11, 24, 4, 40, 0, TimeSpan.Zero);

        var hours = LocalCalendar.Buckets(from, from.AddHours(3), days: false, india);

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 4, 30, 0, TimeSpan.Zero), hours[0]);
        Assert.Equal(4, hours.Count);
        Assert.Equal(0, LocalCalendar.BucketOf(hours, from));
        Assert.Equal(1, LocalCalendar.BucketOf(hours, hours[1]));
        Assert.Equal(3, LocalCalendar.BucketOf(hours, from.AddHours(3).AddTicks(-1)));
    }

    [Fact]
    public void StartOfWeek_IsMondayMidnightInTheZone()
    {
        // Sunday 23:30 in New York is already Monday in UTC.
        var sundayNight = new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.FromHours(-5));

        Assert.Equal(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.FromHours(-5)), LocalCalendar.StartOfWeek(sundayNight, NewYork));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), LocalCalendar.StartOfWeek(sundayNight, TimeZoneInfo.Utc));
    }

    [Fact]
    public async Task Usage_ALateEveningCheckInCountsOnItsLocalDayAndHour()
    {
        // 03:30 UTC is the evening before in New York.
        var now = server.Clock.GetUtcNow();
        var next = new DateTimeOffset(now.UtcDateTime.Date.AddHours(3.5), TimeSpan.Zero);
        server.Clock.Advance((next > now ? next : next.AddDays(1)) - now);
        await server.CheckInAsync(await server.EnrollAsync());
        var evening = TimeZoneInfo.ConvertTime(server.Clock.GetUtcNow(), NewYork);
        var day = LocalCalendar.At(evening.Date, NewYork);

        await using var scope = server.Services.CreateAsyncScope();
        var queries = new StaffQueries(scope.ServiceProvider.GetRequiredService<BackLegDbContext>(), server.Clock, Options.Create(new ServerOptions { TimeZone = NewYork.Id }), ExerciseCatalog.Default);
        var usage = await queries.UsageAsync(day.AddDays(-1), LocalCalendar.At(evening.Date.AddDays(1), NewYork), hourly: false, CancellationToken.None);

        Assert.Equal([day.AddDays(-1), day], usage.Points.Select(p => p.Start));
        Assert.Equal(1, usage.Points[1].Counts.CheckIns);
        var hour = Assert.Single(usage.BusiestHours);
        Assert.Equal((((int)evening.DayOfWeek + 6) % 7, evening.Hour), (hour.Weekday, hour.Hour));
    }
}
