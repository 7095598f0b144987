using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>
/// Use of the gym gathered per UTC hour and kiosk from rows about to be removed, then added into the
/// stored rollups that <see cref="StaffQueries.UsageAsync"/> reads beside the rows still held.
/// </summary>
public sealed class UsageRollup
{
    private readonly Dictionary<(DateTimeOffset Hour, Guid KioskId), UsageRollupEntity> _hours = [];

    /// <summary>How long a completed session took: from its start (or its planning, if never started) to completion.</summary>
    public static double Minutes(DateTimeOffset? startedAt, DateTimeOffset plannedAt, DateTimeOffset completedAt) =>
        (completedAt - (startedAt ?? plannedAt)).TotalMinutes;

    public void AddCheckIn(DateTimeOffset at, Guid kioskId) => At(at, kioskId).CheckIns++;

    public void AddSet(DateTimeOffset at, Guid kioskId) => At(at, kioskId).Sets++;

    public void AddSession(SessionEntity session)
    {
        var hour = At(session.PlannedAt, session.KioskId);
        hour.Sessions++;
        if (session.CompletedAt is { } completedAt)
        {
            hour.CompletedSessions++;
            hour.TrainedMinutes += Minutes(session.StartedAt, session.PlannedAt, completedAt);
            hour.EstimatedMinutes += session.EstimatedMinutes;
        }
    }

    /// <summary>Adds what was gathered into the stored hours (tracked; saved with the caller's changes).</summary>
    public async Task SaveIntoAsync(DbSet<UsageRollupEntity> stored, CancellationToken cancellationToken)
    {
        if (_hours.Count == 0)
        {
            return;
        }

        var (first, last) = (_hours.Keys.Min(k => k.Hour), _hours.Keys.Max(k => k.Hour));
        var existing = await stored.Where(u => u.Hour >= first && u.Hour <= last).ToDictionaryAsync(u => (u.Hour, u.KioskId), cancellationToken);
        foreach (var (key, counts) in _hours)
        {
            if (!existing.TryGetValue(key, out var row))
            {
                stored.Add(counts);
                continue;
            }

            row.CheckIns += counts.CheckIns;
            row.Sessions += counts.Sessions;
            row.Sets += counts.Sets;
            row.CompletedSessions += counts.CompletedSessions;
            row.TrainedMinutes += counts.TrainedMinutes;
            row.EstimatedMinutes += counts.EstimatedMinutes;
        }
    }

    private UsageRollupEntity At(DateTimeOffset at, Guid kioskId)
    {
        var key = (UsageRollupEntity.HourOf(at), kioskId);
        if (!_hours.TryGetValue(key, out var hour))
        {
            _hours[key] = hour = new UsageRollupEntity { Hour = key.Item1, KioskId = kioskId };
        }

        return hour;
    }
}
