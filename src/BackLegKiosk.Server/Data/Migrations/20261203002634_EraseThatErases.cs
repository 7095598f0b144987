using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackLegKiosk.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class EraseThatErases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "erasure_notices",
                columns: table => new
                {
                    KioskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_erasure_notices", x => new { x.KioskId, x.SessionId });
                    table.ForeignKey(
                        name: "FK_erasure_notices_kiosks_KioskId",
                        column: x => x.KioskId,
                        principalTable: "kiosks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "usage_rollups",
                columns: table => new
                {
                    Hour = table.Column<long>(type: "INTEGER", nullable: false),
                    KioskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckIns = table.Column<int>(type: "INTEGER", nullable: false),
                    Sessions = table.Column<int>(type: "INTEGER", nullable: false),
                    Sets = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainedMinutes = table.Column<double>(type: "REAL", nullable: false),
                    EstimatedMinutes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_usage_rollups", x => new { x.Hour, x.KioskId });
                });

            // Members erased before this version kept their sessions and sets: finish those erasures the way
            // MemberDirectory.EraseAsync now does, rolling their use up into hourly counts first.
            migrationBuilder.Sql("""
                INSERT INTO usage_rollups (Hour, KioskId, CheckIns, Sessions, Sets, CompletedSessions, TrainedMinutes, EstimatedMinutes)
                SELECT Hour, KioskId, 0, SUM(Sessions), SUM(Sets), SUM(Completed), SUM(Trained), SUM(Estimated) FROM (
                    SELECT PlannedAt - PlannedAt % 36000000000 AS Hour, KioskId, 1 AS Sessions, 0 AS Sets,
                           CompletedAt IS NOT NULL AS Completed,
                           COALESCE((CompletedAt - COALESCE(StartedAt, PlannedAt)) / 600000000.0, 0) AS Trained,
                           CASE WHEN CompletedAt IS NULL THEN 0 ELSE EstimatedMinutes END AS Estimated
                    FROM sessions WHERE MemberId IN (SELECT Id FROM members WHERE Erased)
                    UNION ALL
                    SELECT OccurredAt - OccurredAt % 36000000000, KioskId, 0, 1, 0, 0, 0
                    FROM facts WHERE Counted AND NOT WarmUp AND MemberId IN (SELECT Id FROM members WHERE Erased))
                GROUP BY Hour, KioskId;
                DELETE FROM facts WHERE MemberId IN (SELECT Id FROM members WHERE Erased);
                DELETE FROM sessions WHERE MemberId IN (SELECT Id FROM members WHERE Erased);
                DELETE FROM check_ins WHERE MemberId IN (SELECT Id FROM members WHERE Erased);
                DELETE FROM members WHERE Erased;
                """);

            // SQLite drops an unindexed column in place; EF's DropColumn would rebuild the table with foreign
            // keys off, outside the migration's transaction.
            migrationBuilder.Sql("ALTER TABLE members DROP COLUMN Erased;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "erasure_notices");

            migrationBuilder.DropTable(
                name: "usage_rollups");

            migrationBuilder.AddColumn<bool>(
                name: "Erased",
                table: "members",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }
    }
}
