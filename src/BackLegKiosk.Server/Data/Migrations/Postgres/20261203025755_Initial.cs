using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BackLegKiosk.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kiosks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    KeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    PairingCodeHash = table.Column<string>(type: "text", nullable: true),
                    PairingExpiresAt = table.Column<long>(type: "bigint", nullable: true),
                    RevokedAt = table.Column<long>(type: "bigint", nullable: true),
                    LastSeenAt = table.Column<long>(type: "bigint", nullable: true),
                    LastPushAt = table.Column<long>(type: "bigint", nullable: true),
                    FactsReceived = table.Column<long>(type: "bigint", nullable: false),
                    LastHeartbeatAt = table.Column<long>(type: "bigint", nullable: true),
                    PendingFacts = table.Column<int>(type: "integer", nullable: false),
                    RefusedFacts = table.Column<int>(type: "integer", nullable: false),
                    DeadLetters = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StorageProblem = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResendRequests = table.Column<long>(type: "bigint", nullable: false),
                    ResendRequestsDone = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kiosks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    PinHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Experience = table.Column<int>(type: "integer", nullable: false),
                    Goal = table.Column<int>(type: "integer", nullable: false),
                    SplitDaySetsLegs = table.Column<int>(type: "integer", nullable: false),
                    SplitDaySetsBack = table.Column<int>(type: "integer", nullable: false),
                    BodyWeightKg = table.Column<double>(type: "double precision", nullable: false),
                    OneRepMaxesJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AvailableMinutes = table.Column<int>(type: "integer", nullable: false),
                    Units = table.Column<int>(type: "integer", nullable: false),
                    EnrolledAt = table.Column<long>(type: "bigint", nullable: false),
                    FailedPinCount = table.Column<int>(type: "integer", nullable: false),
                    FirstFailedPinAt = table.Column<long>(type: "bigint", nullable: true),
                    PinLockedUntil = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "server_secrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_server_secrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "staff_accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Username = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    FailedGuesses = table.Column<int>(type: "integer", nullable: false),
                    FirstFailedGuessAt = table.Column<long>(type: "bigint", nullable: true),
                    LockedUntil = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "usage_rollups",
                columns: table => new
                {
                    Hour = table.Column<long>(type: "bigint", nullable: false),
                    KioskId = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckIns = table.Column<int>(type: "integer", nullable: false),
                    Sessions = table.Column<int>(type: "integer", nullable: false),
                    Sets = table.Column<int>(type: "integer", nullable: false),
                    CompletedSessions = table.Column<int>(type: "integer", nullable: false),
                    TrainedMinutes = table.Column<double>(type: "double precision", nullable: false),
                    EstimatedMinutes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_usage_rollups", x => new { x.Hour, x.KioskId });
                });

            migrationBuilder.CreateTable(
                name: "erasure_notices",
                columns: table => new
                {
                    KioskId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "check_ins",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    KioskId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    SleepHours = table.Column<double>(type: "double precision", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    HoursUntilReady = table.Column<int>(type: "integer", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    CheckedOutAt = table.Column<long>(type: "bigint", nullable: true),
                    TooSoon = table.Column<bool>(type: "boolean", nullable: false),
                    TooOften = table.Column<bool>(type: "boolean", nullable: false),
                    NotSuited = table.Column<bool>(type: "boolean", nullable: false),
                    ShortSleep = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    KioskId = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckInId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlannedAt = table.Column<long>(type: "bigint", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: true),
                    CompletedAt = table.Column<long>(type: "bigint", nullable: true),
                    AbandonedAt = table.Column<long>(type: "bigint", nullable: true),
                    Focus = table.Column<int>(type: "integer", nullable: false),
                    PlannedSetsLegs = table.Column<int>(type: "integer", nullable: false),
                    PlannedSetsBack = table.Column<int>(type: "integer", nullable: false),
                    EstimatedMinutes = table.Column<int>(type: "integer", nullable: false),
                    SleepHours = table.Column<double>(type: "double precision", nullable: false),
                    PlanJson = table.Column<string>(type: "text", nullable: false)
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
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    KioskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    OccurredAt = table.Column<long>(type: "bigint", nullable: false),
                    ReceivedAt = table.Column<long>(type: "bigint", nullable: false),
                    Slot = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    ExerciseId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Region = table.Column<int>(type: "integer", nullable: true),
                    SetNumber = table.Column<int>(type: "integer", nullable: true),
                    LoadKg = table.Column<double>(type: "double precision", nullable: true),
                    LoadEntered = table.Column<double>(type: "double precision", nullable: true),
                    Unit = table.Column<int>(type: "integer", nullable: true),
                    Reps = table.Column<int>(type: "integer", nullable: true),
                    Rpe = table.Column<double>(type: "double precision", nullable: true),
                    WarmUp = table.Column<bool>(type: "boolean", nullable: false),
                    Failed = table.Column<bool>(type: "boolean", nullable: false),
                    TargetFactId = table.Column<Guid>(type: "uuid", nullable: true),
                    Counted = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
                name: "IX_facts_Counted_OccurredAt",
                table: "facts",
                columns: new[] { "Counted", "OccurredAt" });

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
                name: "IX_facts_TargetFactId",
                table: "facts",
                column: "TargetFactId");

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
                name: "UX_sessions_open_per_member",
                table: "sessions",
                column: "MemberId",
                unique: true,
                filter: "\"CompletedAt\" IS NULL AND \"AbandonedAt\" IS NULL");

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
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "erasure_notices");

            migrationBuilder.DropTable(
                name: "facts");

            migrationBuilder.DropTable(
                name: "server_secrets");

            migrationBuilder.DropTable(
                name: "staff_accounts");

            migrationBuilder.DropTable(
                name: "usage_rollups");

            migrationBuilder.DropTable(
                name: "sessions");

            migrationBuilder.DropTable(
                name: "kiosks");

            migrationBuilder.DropTable(
                name: "members");
        }
    }
}
