using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackLegKiosk.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ImportedHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ImportedFrom",
                table: "sessions",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.FreeKioskName("Imported history");

            migrationBuilder.InsertData(
                table: "kiosks",
                columns: new[] { "Id", "CreatedAt", "DeadLetters", "FactsReceived", "KeyHash", "LastHeartbeatAt", "LastPushAt", "LastSeenAt", "Name", "PairingCodeHash", "PairingExpiresAt", "PendingFacts", "RefusedFacts", "ResendRequests", "ResendRequestsDone", "RevokedAt", "StorageProblem" },
                values: new object[] { new Guid("0b1e0000-0000-7000-8000-00000000f11e"), 621355968000000000L, null, 0L, "-", null, null, null, "Imported history", null, null, 0, 0, 0L, 0L, null, null });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "kiosks",
                keyColumn: "Id",
                keyValue: new Guid("0b1e0000-0000-7000-8000-00000000f11e"));

            migrationBuilder.DropColumn(
                name: "ImportedFrom",
                table: "sessions");
        }
    }
}
