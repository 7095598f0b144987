using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackLegKiosk.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryAndOneSetPerSlot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AbandonedAt",
                table: "sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeadLetters",
                table: "kiosks",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ResendRequests",
                table: "kiosks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ResendRequestsDone",
                table: "kiosks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "StorageProblem",
                table: "kiosks",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Counted",
                table: "facts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "CheckedOutAt",
                table: "check_ins",
                type: "INTEGER",
                nullable: true);

            // When a check-out happened was never stored: its expiry is the latest it can have been, so
            // the delivery window of an old check-in errs toward taking its kiosk's facts.
            migrationBuilder.Sql("UPDATE check_ins SET CheckedOutAt = ExpiresAt WHERE CheckedOut = 1;");

            // SQLite drops an unindexed column in place; EF's DropColumn would rebuild the table outside the migration's transaction.
            migrationBuilder.Sql("ALTER TABLE check_ins DROP COLUMN CheckedOut;");

            // SetFold's answer for the stored sets: live (nothing targets it), and the latest live set of
            // its slot, number and warm-up flag. Ties on the instant, which only two kiosks logging the
            // same set in the same tick could make, settle at the next set stored in that session.
            migrationBuilder.Sql("""
                UPDATE facts SET Counted = 1
                WHERE Kind IN (2, 4)
                  AND NOT EXISTS (SELECT 1 FROM facts t WHERE t.TargetFactId = facts.Id)
                  AND NOT EXISTS (
                    SELECT 1 FROM facts o
                    WHERE o.SessionId = facts.SessionId AND o.Kind IN (2, 4) AND o.Id <> facts.Id
                      AND o.Slot = facts.Slot AND o.SetNumber = facts.SetNumber AND o.WarmUp = facts.WarmUp
                      AND o.OccurredAt > facts.OccurredAt
                      AND NOT EXISTS (SELECT 1 FROM facts t WHERE t.TargetFactId = o.Id));
                """);

            // One open session per member from now on: of several left open, the newest stays open.
            migrationBuilder.Sql("""
                UPDATE sessions SET AbandonedAt = PlannedAt
                WHERE CompletedAt IS NULL
                  AND EXISTS (SELECT 1 FROM sessions n WHERE n.MemberId = sessions.MemberId AND n.CompletedAt IS NULL AND n.PlannedAt > sessions.PlannedAt);
                """);

            migrationBuilder.CreateIndex(
                name: "UX_sessions_open_per_member",
                table: "sessions",
                column: "MemberId",
                unique: true,
                filter: "\"CompletedAt\" IS NULL AND \"AbandonedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_facts_Counted_OccurredAt",
                table: "facts",
                columns: new[] { "Counted", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "UX_sessions_open_per_member",
                table: "sessions");

            migrationBuilder.DropIndex(
                name: "IX_facts_Counted_OccurredAt",
                table: "facts");

            migrationBuilder.DropColumn(
                name: "AbandonedAt",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "DeadLetters",
                table: "kiosks");

            migrationBuilder.DropColumn(
                name: "ResendRequests",
                table: "kiosks");

            migrationBuilder.DropColumn(
                name: "ResendRequestsDone",
                table: "kiosks");

            migrationBuilder.DropColumn(
                name: "StorageProblem",
                table: "kiosks");

            migrationBuilder.DropColumn(
                name: "Counted",
                table: "facts");

            migrationBuilder.AddColumn<bool>(
                name: "CheckedOut",
                table: "check_ins",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE check_ins SET CheckedOut = CheckedOutAt IS NOT NULL;");
            migrationBuilder.Sql("ALTER TABLE check_ins DROP COLUMN CheckedOutAt;");
        }
    }
}
