using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackLegKiosk.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class KioskKeyRevocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RevokedAt",
                table: "kiosks",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RevokedAt",
                table: "kiosks");
        }
    }
}
