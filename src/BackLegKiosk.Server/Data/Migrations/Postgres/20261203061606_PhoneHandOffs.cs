using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackLegKiosk.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PhoneHandOffs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "hand_offs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromCheckInId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    UsedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hand_offs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_hand_offs_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_hand_offs_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.FreeKioskName("Member phones");

            migrationBuilder.InsertData(
                table: "kiosks",
                columns: new[] { "Id", "CreatedAt", "DeadLetters", "FactsReceived", "KeyHash", "LastHeartbeatAt", "LastPushAt", "LastSeenAt", "Name", "PairingCodeHash", "PairingExpiresAt", "PendingFacts", "RefusedFacts", "ResendRequests", "ResendRequestsDone", "RevokedAt", "StorageProblem" },
                values: new object[] { new Guid("0b1e0000-0000-7000-8000-00000000f00e"), 621355968000000000L, null, 0L, "-", null, null, null, "Member phones", null, null, 0, 0, 0L, 0L, null, null });

            migrationBuilder.CreateIndex(
                name: "IX_hand_offs_MemberId",
                table: "hand_offs",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_hand_offs_SessionId",
                table: "hand_offs",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_hand_offs_TokenHash",
                table: "hand_offs",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hand_offs");

            migrationBuilder.DeleteData(
                table: "kiosks",
                keyColumn: "Id",
                keyValue: new Guid("0b1e0000-0000-7000-8000-00000000f00e"));
        }
    }
}
