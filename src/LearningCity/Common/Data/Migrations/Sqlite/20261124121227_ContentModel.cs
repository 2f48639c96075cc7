using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContentModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "identity_organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Th = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "resources_content_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReporterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolutionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_content_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "resources_funding_sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AmountMinBaht = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    AmountMaxBaht = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    EligibleApplicants = table.Column<int>(type: "INTEGER", nullable: false),
                    EligibleLocalGovernmentTypes = table.Column<string>(type: "TEXT", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LinkUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CityId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<uint>(type: "INTEGER", nullable: false),
                    Description_En = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Description_Th = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Funder_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Funder_Th = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Programme_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Programme_Th = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_funding_sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "resources_learning_resources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Audiences = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    LinkUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileOriginalName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CityId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<uint>(type: "INTEGER", nullable: false),
                    Body_En = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    Body_Th = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Summary_En = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Summary_Th = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Title_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Title_Th = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_learning_resources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "resources_learning_spaces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    OpeningHours = table.Column<string>(type: "TEXT", nullable: false),
                    Facilities = table.Column<string>(type: "TEXT", nullable: false),
                    Accessibility = table.Column<int>(type: "INTEGER", nullable: false),
                    IsFree = table.Column<bool>(type: "INTEGER", nullable: false),
                    FeeNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Photos = table.Column<string>(type: "TEXT", nullable: false),
                    CityId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<uint>(type: "INTEGER", nullable: false),
                    Address_En = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Address_Th = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Description_En = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Description_Th = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Th = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_learning_spaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "resources_topics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Name_Th = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_topics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "identity_organisation_memberships",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_organisation_memberships", x => new { x.UserId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_identity_organisation_memberships_identity_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "identity_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_identity_organisation_memberships_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "resources_resource_topics",
                columns: table => new
                {
                    ResourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_resource_topics", x => new { x.ResourceId, x.TopicId });
                    table.ForeignKey(
                        name: "FK_resources_resource_topics_resources_learning_resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "resources_learning_resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_resources_resource_topics_resources_topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "resources_topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_identity_organisation_memberships_OrganisationId",
                table: "identity_organisation_memberships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_resources_content_reports_ContentType_ContentId",
                table: "resources_content_reports",
                columns: new[] { "ContentType", "ContentId" });

            migrationBuilder.CreateIndex(
                name: "IX_resources_content_reports_Status_CreatedAt",
                table: "resources_content_reports",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_resources_funding_sources_Status_ClosesOn",
                table: "resources_funding_sources",
                columns: new[] { "Status", "ClosesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_resources_learning_resources_OrganisationId",
                table: "resources_learning_resources",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_resources_learning_resources_Status_CityId",
                table: "resources_learning_resources",
                columns: new[] { "Status", "CityId" });

            migrationBuilder.CreateIndex(
                name: "IX_resources_learning_spaces_CityId",
                table: "resources_learning_spaces",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_resources_learning_spaces_Status_ProvinceCode",
                table: "resources_learning_spaces",
                columns: new[] { "Status", "ProvinceCode" });

            migrationBuilder.CreateIndex(
                name: "IX_resources_resource_topics_TopicId",
                table: "resources_resource_topics",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_resources_topics_Slug",
                table: "resources_topics",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "identity_organisation_memberships");

            migrationBuilder.DropTable(
                name: "resources_content_reports");

            migrationBuilder.DropTable(
                name: "resources_funding_sources");

            migrationBuilder.DropTable(
                name: "resources_learning_spaces");

            migrationBuilder.DropTable(
                name: "resources_resource_topics");

            migrationBuilder.DropTable(
                name: "identity_organisations");

            migrationBuilder.DropTable(
                name: "resources_learning_resources");

            migrationBuilder.DropTable(
                name: "resources_topics");
        }
    }
}
