using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
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
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContentItemId = table.Column<long>(type: "bigint", nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    ContentItemId = table.Column<long>(type: "bigint", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: true),
                    Congress = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Delegation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CommitteeRole = table.Column<int>(type: "integer", nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PhotoId = table.Column<Guid>(type: "uuid", nullable: true),
                    SortRank = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LargeKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    SmallKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DelegatePhotos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DelegatePrivateInfo",
                columns: table => new
                {
                    ContentItemId = table.Column<long>(type: "bigint", nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    HomeAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DescriptionMarkdown = table.Column<string>(type: "text", nullable: false),
                    DescriptionHtml = table.Column<string>(type: "text", nullable: false),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiaisonPoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LiaisonLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<long>(type: "bigint", nullable: false),
                    LiaisonPointId = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<long>(type: "bigint", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Form = table.Column<int>(type: "integer", nullable: false),
                    PeopleCount = table.Column<int>(type: "integer", nullable: false),
                    Topic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Issues = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FollowUp = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FollowUpStatus = table.Column<int>(type: "integer", nullable: false),
                    LiaisonPointId = table.Column<int>(type: "integer", nullable: true),
                    Review = table.Column<int>(type: "integer", nullable: false),
                    ReviewNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
