using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackLegKiosk.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffSignInLock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FailedGuesses",
                table: "staff_accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "FirstFailedGuessAt",
                table: "staff_accounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LockedUntil",
                table: "staff_accounts",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FailedGuesses",
                table: "staff_accounts");

            migrationBuilder.DropColumn(
                name: "FirstFailedGuessAt",
                table: "staff_accounts");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                table: "staff_accounts");
        }
    }
}
