using BackLegKiosk.Server.Domain.Staff;

namespace BackLegKiosk.Server.Data;

/// <summary>
/// Counts the check-ins, sessions and counted sets stored before the usage rollups were kept live into
/// them (until then the rollups held only erased members' use), with the same INSERT and ON CONFLICT as
/// <see cref="UsageRollup"/>. Plain SQL that SQLite and PostgreSQL both run, so the two migration sets
/// share it. Times are UTC ticks: an hour is 36,000,000,000, a minute 600,000,000.
/// </summary>
public static class UsageBackfill
{
    // "WHERE true" before GROUP BY: SQLite needs a WHERE in an INSERT ... SELECT that has an ON CONFLICT clause.
    public const string Sql = UsageRollup.InsertColumns + """

        SELECT "At" - ("At" % 36000000000), "KioskId", COUNT(*), 0, 0, 0, 0, 0
        FROM check_ins WHERE true GROUP BY 1, 2

        """ + UsageRollup.AddOnConflict + ";\n" + UsageRollup.InsertColumns + """

        SELECT "PlannedAt" - ("PlannedAt" % 36000000000), "KioskId", 0, COUNT(*), 0,
            SUM(CASE WHEN "CompletedAt" IS NULL THEN 0 ELSE 1 END),
            SUM(CASE WHEN "CompletedAt" IS NULL THEN 0 ELSE ("CompletedAt" - COALESCE("StartedAt", "PlannedAt")) / 600000000.0 END),
            SUM(CASE WHEN "CompletedAt" IS NULL THEN 0 ELSE "EstimatedMinutes" END)
        FROM sessions WHERE true GROUP BY 1, 2

        """ + UsageRollup.AddOnConflict + ";\n" + UsageRollup.InsertColumns + """

        SELECT "OccurredAt" - ("OccurredAt" % 36000000000), "KioskId", 0, 0, COUNT(*), 0, 0, 0
        FROM facts WHERE "Counted" AND NOT "WarmUp" GROUP BY 1, 2

        """ + UsageRollup.AddOnConflict + ";";

    /// <summary>Each stored session's counted sets per group, as the fact writer keeps them from now on.</summary>
    public const string SessionSets = """
        UPDATE sessions SET
            "CountedSetsLegs" = (SELECT COUNT(*) FROM facts f WHERE f."SessionId" = sessions."Id" AND f."Counted" AND NOT f."WarmUp" AND f."Region" = 0),
            "CountedSetsBack" = (SELECT COUNT(*) FROM facts f WHERE f."SessionId" = sessions."Id" AND f."Counted" AND NOT f."WarmUp" AND f."Region" = 1);
        """;
}
