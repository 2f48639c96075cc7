using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Name_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_Th = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "resources_content_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ContentId = table.Column<int>(type: "integer", nullable: false),
                    ReporterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResolvedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolutionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_content_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "resources_funding_sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AmountMinBaht = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    AmountMaxBaht = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    EligibleApplicants = table.Column<int>(type: "integer", nullable: false),
                    EligibleLocalGovernmentTypes = table.Column<string>(type: "text", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LinkUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CityId = table.Column<int>(type: "integer", nullable: true),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Description_En = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Description_Th = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Funder_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Funder_Th = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Programme_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Programme_Th = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_funding_sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "resources_learning_resources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Audiences = table.Column<int>(type: "integer", nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Licence = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    LinkUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FileOriginalName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CityId = table.Column<int>(type: "integer", nullable: true),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Body_En = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    Body_Th = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    Summary_En = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Summary_Th = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Title_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Title_Th = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_learning_resources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "resources_learning_spaces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    District = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    OpeningHours = table.Column<string>(type: "text", nullable: false),
                    Facilities = table.Column<string>(type: "text", nullable: false),
                    Accessibility = table.Column<int>(type: "integer", nullable: false),
                    IsFree = table.Column<bool>(type: "boolean", nullable: false),
                    FeeNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Website = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Photos = table.Column<string>(type: "text", nullable: false),
                    CityId = table.Column<int>(type: "integer", nullable: true),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Address_En = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Address_Th = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Description_En = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Description_Th = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Name_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_Th = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_learning_spaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "resources_topics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Name_En = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Name_Th = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_topics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "identity_organisation_memberships",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_organisation_memberships", x => new { x.UserId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_identity_organisation_memberships_identity_organisations_Or~",
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
                    ResourceId = table.Column<int>(type: "integer", nullable: false),
                    TopicId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources_resource_topics", x => new { x.ResourceId, x.TopicId });
                    table.ForeignKey(
                        name: "FK_resources_resource_topics_resources_learning_resources_Reso~",
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
