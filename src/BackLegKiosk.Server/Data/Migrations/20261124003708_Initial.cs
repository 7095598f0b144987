using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackLegKiosk.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kiosks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastPushAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FactsReceived = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kiosks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    PinHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Experience = table.Column<int>(type: "INTEGER", nullable: false),
                    Goal = table.Column<int>(type: "INTEGER", nullable: false),
                    SplitDaySetsLegs = table.Column<int>(type: "INTEGER", nullable: false),
                    SplitDaySetsBack = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyWeightKg = table.Column<double>(type: "REAL", nullable: false),
                    OneRepMaxesJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AvailableMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Units = table.Column<int>(type: "INTEGER", nullable: false),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FailedPinCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstFailedPinAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PinLockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Erased = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "staff_accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Username = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "check_ins",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KioskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    SleepHours = table.Column<double>(type: "REAL", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    HoursUntilReady = table.Column<int>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CheckedOut = table.Column<bool>(type: "INTEGER", nullable: false),
                    TooSoon = table.Column<bool>(type: "INTEGER", nullable: false),
                    TooOften = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotSuited = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShortSleep = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_ins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_ins_kiosks_KioskId",
                        column: x => x.KioskId,
                        principalTable: "kiosks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_check_ins_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KioskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckInId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Focus = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedSetsLegs = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedSetsBack = table.Column<int>(type: "INTEGER", nullable: false),
                    EstimatedMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    SleepHours = table.Column<double>(type: "REAL", nullable: false),
                    PlanJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sessions_kiosks_KioskId",
                        column: x => x.KioskId,
                        principalTable: "kiosks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sessions_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "facts",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KioskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Slot = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    ExerciseId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Region = table.Column<int>(type: "INTEGER", nullable: true),
                    SetNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    LoadKg = table.Column<double>(type: "REAL", nullable: true),
                    LoadEntered = table.Column<double>(type: "REAL", nullable: true),
                    Unit = table.Column<int>(type: "INTEGER", nullable: true),
                    Reps = table.Column<int>(type: "INTEGER", nullable: true),
                    Rpe = table.Column<double>(type: "REAL", nullable: true),
                    WarmUp = table.Column<bool>(type: "INTEGER", nullable: false),
                    Failed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TargetFactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facts", x => x.Sequence);
                    table.ForeignKey(
                        name: "FK_facts_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_check_ins_At",
                table: "check_ins",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_check_ins_KioskId",
                table: "check_ins",
                column: "KioskId");

            migrationBuilder.CreateIndex(
                name: "IX_check_ins_MemberId_At",
                table: "check_ins",
                columns: new[] { "MemberId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_check_ins_TokenHash",
                table: "check_ins",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facts_Id",
                table: "facts",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facts_Kind_ReceivedAt",
                table: "facts",
                columns: new[] { "Kind", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_facts_MemberId_OccurredAt",
                table: "facts",
                columns: new[] { "MemberId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_facts_SessionId_Sequence",
                table: "facts",
                columns: new[] { "SessionId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_kiosks_Name",
                table: "kiosks",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_members_Code",
                table: "members",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_members_DisplayName",
                table: "members",
                column: "DisplayName");

            migrationBuilder.CreateIndex(
                name: "IX_sessions_CompletedAt_PlannedAt",
                table: "sessions",
                columns: new[] { "CompletedAt", "PlannedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sessions_KioskId",
                table: "sessions",
                column: "KioskId");

            migrationBuilder.CreateIndex(
                name: "IX_sessions_MemberId_PlannedAt",
                table: "sessions",
                columns: new[] { "MemberId", "PlannedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sessions_PlannedAt",
                table: "sessions",
                column: "PlannedAt");

            migrationBuilder.CreateIndex(
                name: "IX_staff_accounts_Username",
                table: "staff_accounts",
                column: "Username",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "check_ins");

            migrationBuilder.DropTable(
                name: "facts");

            migrationBuilder.DropTable(
                name: "staff_accounts");

            migrationBuilder.DropTable(
                name: "sessions");

            migrationBuilder.DropTable(
                name: "kiosks");

            migrationBuilder.DropTable(
                name: "members");
        }
    }
}
