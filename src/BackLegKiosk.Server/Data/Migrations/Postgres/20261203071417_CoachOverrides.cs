using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackLegKiosk.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoachOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "coach_overrides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffUsername = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Rule = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coach_overrides", x => x.Id);
                    table.ForeignKey(
                        name: "FK_coach_overrides_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_coach_overrides_At",
                table: "coach_overrides",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_coach_overrides_MemberId_At",
                table: "coach_overrides",
                columns: new[] { "MemberId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "coach_overrides");
        }
    }
}
