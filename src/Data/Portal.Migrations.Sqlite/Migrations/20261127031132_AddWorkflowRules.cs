using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddWorkflowRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdoptedIdeas",
                columns: table => new
                {
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    AdoptedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdoptedIdeas", x => x.EntryId);
                });

            migrationBuilder.CreateTable(
                name: "RuleRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Occasion = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DaysBefore = table.Column<int>(type: "INTEGER", nullable: true),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ColumnId = table.Column<int>(type: "INTEGER", nullable: true),
                    ContestId = table.Column<long>(type: "INTEGER", nullable: true),
                    LedgerAreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    NotifyRoles = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NotifyUsers = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NotifySubjectPeople = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotifyByMail = table.Column<bool>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Publication = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AdoptGoldenIdea = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdoptAreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    AdoptOwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AdoptOwnerUnits = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AdoptDeadlineDays = table.Column<int>(type: "INTEGER", nullable: true),
                    WriteAuditLog = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowRules", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RuleRuns_RuleId_Occasion",
                table: "RuleRuns",
                columns: new[] { "RuleId", "Occasion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RuleRuns_StartedAt",
                table: "RuleRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowRules_Enabled_Trigger",
                table: "WorkflowRules",
                columns: new[] { "Enabled", "Trigger" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdoptedIdeas");

            migrationBuilder.DropTable(
                name: "RuleRuns");

            migrationBuilder.DropTable(
                name: "WorkflowRules");
        }
    }
}
