using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackLegKiosk.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class KioskPairing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PairingCodeHash",
                table: "kiosks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PairingExpiresAt",
                table: "kiosks",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PairingCodeHash",
                table: "kiosks");

            migrationBuilder.DropColumn(
                name: "PairingExpiresAt",
                table: "kiosks");
        }
    }
}
