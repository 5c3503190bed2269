using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddDelegates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DelegateAccounts",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DelegateAccounts", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_DelegateAccounts_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DelegateAccounts_ContentItems_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DelegateIndex",
                columns: table => new
                {
                    ContentItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: true),
                    Congress = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Delegation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CommitteeRole = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PhotoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SortRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DelegateIndex", x => x.ContentItemId);
                    table.ForeignKey(
                        name: "FK_DelegateIndex_ContentItems_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DelegatePhotos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LargeKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SmallKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DelegatePhotos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DelegatePrivateInfo",
                columns: table => new
                {
                    ContentItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    HomeAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DelegatePrivateInfo", x => x.ContentItemId);
                    table.ForeignKey(
                        name: "FK_DelegatePrivateInfo_ContentItems_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiaisonPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DescriptionMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    DescriptionHtml = table.Column<string>(type: "TEXT", nullable: false),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiaisonPoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LiaisonLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    LiaisonPointId = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiaisonLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiaisonLinks_ContentItems_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LiaisonLinks_LiaisonPoints_LiaisonPointId",
                        column: x => x.LiaisonPointId,
                        principalTable: "LiaisonPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VoterContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Form = table.Column<int>(type: "INTEGER", nullable: false),
                    PeopleCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Issues = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FollowUpStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    LiaisonPointId = table.Column<int>(type: "INTEGER", nullable: true),
                    Review = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoterContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoterContacts_ContentItems_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VoterContacts_LiaisonPoints_LiaisonPointId",
                        column: x => x.LiaisonPointId,
                        principalTable: "LiaisonPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DelegateAccounts_ContentItemId",
                table: "DelegateAccounts",
                column: "ContentItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DelegateIndex_IsPublic_SortRank",
                table: "DelegateIndex",
                columns: new[] { "IsPublic", "SortRank" });

            migrationBuilder.CreateIndex(
                name: "IX_DelegateIndex_PhotoId",
                table: "DelegateIndex",
                column: "PhotoId");

            migrationBuilder.CreateIndex(
                name: "IX_DelegateIndex_Slug",
                table: "DelegateIndex",
                column: "Slug");

            migrationBuilder.CreateIndex(
                name: "IX_DelegatePrivateInfo_IdNumber",
                table: "DelegatePrivateInfo",
                column: "IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonLinks_ContentItemId_LiaisonPointId",
                table: "LiaisonLinks",
                columns: new[] { "ContentItemId", "LiaisonPointId" });

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonLinks_LiaisonPointId",
                table: "LiaisonLinks",
                column: "LiaisonPointId");

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonPoints_Slug",
                table: "LiaisonPoints",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonPoints_Type",
                table: "LiaisonPoints",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_VoterContacts_ContentItemId_Review_Date",
                table: "VoterContacts",
                columns: new[] { "ContentItemId", "Review", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_VoterContacts_LiaisonPointId",
                table: "VoterContacts",
                column: "LiaisonPointId");

            migrationBuilder.CreateIndex(
                name: "IX_VoterContacts_Review_CreatedAt",
                table: "VoterContacts",
                columns: new[] { "Review", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DelegateAccounts");

            migrationBuilder.DropTable(
                name: "DelegateIndex");

            migrationBuilder.DropTable(
                name: "DelegatePhotos");

            migrationBuilder.DropTable(
                name: "DelegatePrivateInfo");

            migrationBuilder.DropTable(
                name: "LiaisonLinks");

            migrationBuilder.DropTable(
                name: "VoterContacts");

            migrationBuilder.DropTable(
                name: "LiaisonPoints");
        }
    }
}
