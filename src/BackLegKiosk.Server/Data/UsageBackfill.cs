namespace BackLegKiosk.Server.Data;

/// <summary>
/// Counts the check-ins, sessions and counted sets stored before the usage rollups were kept live into
/// them (until then the rollups held only erased members' use). Plain SQL that SQLite and PostgreSQL
/// both run, so the two migration sets share it. Times are UTC ticks: an hour is 36,000,000,000, a minute 600,000,000.
/// </summary>
public static class UsageBackfill
{
    private const string Upsert = """
        ON CONFLICT ("Hour", "KioskId") DO UPDATE SET
            "CheckIns" = usage_rollups."CheckIns" + excluded."CheckIns",
            "Sessions" = usage_rollups."Sessions" + excluded."Sessions",
            "Sets" = usage_rollups."Sets" + excluded."Sets",
            "CompletedSessions" = usage_rollups."CompletedSessions" + excluded."CompletedSessions",
            "TrainedMinutes" = usage_rollups."TrainedMinutes" + excluded."TrainedMinutes",
            "EstimatedMinutes" = usage_rollups."EstimatedMinutes" + excluded."EstimatedMinutes";
        """;

    private const string Columns = """
        INSERT INTO usage_rollups ("Hour", "KioskId", "CheckIns", "Sessions", "Sets", "CompletedSessions", "TrainedMinutes", "EstimatedMinutes")
        """;

    // "WHERE true" before GROUP BY: SQLite needs a WHERE in an INSERT ... SELECT that has an ON CONFLICT clause.
    public const string Sql = Columns + """
        SELECT "At" - ("At" % 36000000000), "KioskId", COUNT(*), 0, 0, 0, 0, 0
        FROM check_ins WHERE true GROUP BY 1, 2
        """ + "\n" + Upsert + "\n" + Columns + """
        SELECT "PlannedAt" - ("PlannedAt" % 36000000000), "KioskId", 0, COUNT(*), 0,
            SUM(CASE WHEN "CompletedAt" IS NULL THEN 0 ELSE 1 END),
            SUM(CASE WHEN "CompletedAt" IS NULL THEN 0 ELSE ("CompletedAt" - COALESCE("StartedAt", "PlannedAt")) / 600000000.0 END),
            SUM(CASE WHEN "CompletedAt" IS NULL THEN 0 ELSE "EstimatedMinutes" END)
        FROM sessions WHERE true GROUP BY 1, 2
        """ + "\n" + Upsert + "\n" + Columns + """
        SELECT "OccurredAt" - ("OccurredAt" % 36000000000), "KioskId", 0, 0, COUNT(*), 0, 0, 0
        FROM facts WHERE "Counted" AND NOT "WarmUp" GROUP BY 1, 2
        """ + "\n" + Upsert;
}
