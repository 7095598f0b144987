using BackLegKiosk.Server.Domain;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Dashboard;

/// <summary>
/// The dashboard's way to the store. A page lives as long as its circuit, so each read or write gets
/// a scope (and a pooled DbContext) of its own instead of holding one for the page's lifetime.
/// </summary>
public sealed class DashboardData(IServiceScopeFactory scopes, TimeProvider time, IOptions<ServerOptions> options)
{
    public TimeZoneInfo Zone => options.Value.Zone;

    public TimeSpan KioskOffline => TimeSpan.FromSeconds(options.Value.KioskOfflineSeconds);

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Midnight today in the gym's zone, as an instant.</summary>
    public DateTimeOffset StartOfToday() => LocalCalendar.StartOfDay(Now, Zone);

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
