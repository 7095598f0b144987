using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>
/// Changes to the gym's use, gathered per UTC hour and kiosk by the write that causes them (a check-in,
/// a planned or completed session, a set that starts or stops counting) and added into the stored
/// rollups in that write's transaction. <see cref="StaffQueries.UsageAsync"/> reads only the rollups, so
/// a year of usage costs a few thousand rows however many sets the year held, and an erased member's use
/// stays counted without a row that points at them.
/// </summary>
public sealed class UsageRollup
{
    private readonly Dictionary<(DateTimeOffset Hour, Guid KioskId), UsageRollupEntity> _hours = [];

    /// <summary>How long a completed session took: from its start (or its planning, if never started) to completion.</summary>
    public static double Minutes(DateTimeOffset? startedAt, DateTimeOffset plannedAt, DateTimeOffset completedAt) =>
        (completedAt - (startedAt ?? plannedAt)).TotalMinutes;

    public void AddCheckIn(DateTimeOffset at, Guid kioskId) => At(at, kioskId).CheckIns++;

    /// <summary>A set that began (+1) or stopped (-1) counting: stored, voided, corrected or repeated.</summary>
    public void AddSet(DateTimeOffset at, Guid kioskId, int change) => At(at, kioskId).Sets += change;

    /// <summary>A planned session, counted in its planning hour at the kiosk that planned it.</summary>
    public void AddSession(SessionEntity session) => At(session.PlannedAt, session.KioskId).Sessions++;

    /// <summary>A completed session, counted in its planning hour like <see cref="AddSession"/>.</summary>
    public void AddCompletion(SessionEntity session)
    {
        var hour = At(session.PlannedAt, session.KioskId);
        hour.CompletedSessions++;
        hour.TrainedMinutes += Minutes(session.StartedAt, session.PlannedAt, session.CompletedAt!.Value);
        hour.EstimatedMinutes += session.EstimatedMinutes;
    }

    /// <summary>
    /// A session written straight to the store, bypassing the desks and the writer (seeded history, a bulk
    /// load): the check-in that began it, its planning, its completion if any, and the sets that count,
    /// which are also counted on the session's own row as the writer would.
    /// </summary>
    public void AddWritten(SessionEntity session, DateTimeOffset checkedInAt, IEnumerable<FactEntity> facts)
    {
        AddCheckIn(checkedInAt, session.KioskId);
        AddSession(session);
        if (session.CompletedAt is not null)
        {
            AddCompletion(session);
        }

        foreach (var set in facts.Where(f => f.Counted && !f.WarmUp))
        {
            AddSet(set.OccurredAt, set.KioskId, +1);
            session.CountSet(set.Region, +1);
        }
    }

    /// <summary>
    /// Adds what was gathered with one UPSERT per hour and kiosk, in the caller's transaction: an increment
    /// the database applies to the row as it is, so replicas and concurrent desks never lose one another's.
    /// </summary>
    public async Task SaveIntoAsync(BackLegDbContext db, CancellationToken cancellationToken)
    {
        foreach (var ((hour, kioskId), change) in _hours)
        {
            await db.Database.ExecuteSqlRawAsync(
                $"{InsertColumns} VALUES ({{0}}, {{1}}, {{2}}, {{3}}, {{4}}, {{5}}, {{6}}, {{7}}) {AddOnConflict}",
                [hour.UtcTicks, kioskId, change.CheckIns, change.Sessions, change.Sets, change.CompletedSessions, change.TrainedMinutes, change.EstimatedMinutes],
                cancellationToken);
        }
    }

    /// <summary>The rollups' columns, for an INSERT of one hour's counts (or a SELECT of many, <see cref="Data.UsageBackfill"/>).</summary>
    internal const string InsertColumns =
        """INSERT INTO usage_rollups ("Hour", "KioskId", "CheckIns", "Sessions", "Sets", "CompletedSessions", "TrainedMinutes", "EstimatedMinutes")""";

    /// <summary>An hour and kiosk already counted takes the new counts added to its own, as one atomic update.</summary>
    internal const string AddOnConflict = """
        ON CONFLICT ("Hour", "KioskId") DO UPDATE SET
            "CheckIns" = usage_rollups."CheckIns" + excluded."CheckIns",
            "Sessions" = usage_rollups."Sessions" + excluded."Sessions",
            "Sets" = usage_rollups."Sets" + excluded."Sets",
            "CompletedSessions" = usage_rollups."CompletedSessions" + excluded."CompletedSessions",
            "TrainedMinutes" = usage_rollups."TrainedMinutes" + excluded."TrainedMinutes",
            "EstimatedMinutes" = usage_rollups."EstimatedMinutes" + excluded."EstimatedMinutes"
        """;

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
