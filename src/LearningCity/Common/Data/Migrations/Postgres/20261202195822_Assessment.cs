using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Assessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessment_frameworks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Name_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_Th = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_frameworks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assessment_areas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FrameworkId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Weight = table.Column<double>(type: "double precision", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Name_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_Th = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_areas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_areas_assessment_frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "assessment_frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_cycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    YearBe = table.Column<int>(type: "integer", nullable: false),
                    FrameworkId = table.Column<int>(type: "integer", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Name_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_Th = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_cycles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_cycles_assessment_frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "assessment_frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_focus_areas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AreaId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Weight = table.Column<double>(type: "double precision", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Name_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_Th = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_focus_areas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_focus_areas_assessment_areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "assessment_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_city_assessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    CityId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OverallScore = table.Column<double>(type: "double precision", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_city_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_city_assessments_assessment_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "assessment_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assessment_city_assessments_cities_learning_cities_CityId",
                        column: x => x.CityId,
                        principalTable: "cities_learning_cities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FocusAreaId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ValueType = table.Column<int>(type: "integer", nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    Baseline = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Weight = table.Column<double>(type: "double precision", nullable: false),
                    Required = table.Column<bool>(type: "boolean", nullable: false),
                    EvidenceRequired = table.Column<bool>(type: "boolean", nullable: false),
                    PlatformSource = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Guidance_En = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Guidance_Th = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Name_En = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Name_Th = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_indicators_assessment_focus_areas_FocusAreaId",
                        column: x => x.FocusAreaId,
                        principalTable: "assessment_focus_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_revisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CityAssessmentId = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ValuesJson = table.Column<string>(type: "text", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    By = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_revisions_assessment_city_assessments_CityAssess~",
                        column: x => x.CityAssessmentId,
                        principalTable: "assessment_city_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_scores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    CityId = table.Column<int>(type: "integer", nullable: false),
                    CityAssessmentId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_scores_assessment_city_assessments_CityAssessmen~",
                        column: x => x.CityAssessmentId,
                        principalTable: "assessment_city_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_values",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CityAssessmentId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Prefilled = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    PrefillSource = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    OverrideReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Evidence = table.Column<string>(type: "text", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_values", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_values_assessment_city_assessments_CityAssessmen~",
                        column: x => x.CityAssessmentId,
                        principalTable: "assessment_city_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_assessment_values_assessment_indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "assessment_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_areas_FrameworkId_Code",
                table: "assessment_areas",
                columns: new[] { "FrameworkId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_city_assessments_CityId",
                table: "assessment_city_assessments",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_city_assessments_CycleId_CityId",
                table: "assessment_city_assessments",
                columns: new[] { "CycleId", "CityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_city_assessments_CycleId_Status",
                table: "assessment_city_assessments",
                columns: new[] { "CycleId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_cycles_FrameworkId",
                table: "assessment_cycles",
                column: "FrameworkId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_cycles_YearBe",
                table: "assessment_cycles",
                column: "YearBe",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_focus_areas_AreaId",
                table: "assessment_focus_areas",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_frameworks_VersionNumber",
                table: "assessment_frameworks",
                column: "VersionNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_indicators_FocusAreaId_Code",
                table: "assessment_indicators",
                columns: new[] { "FocusAreaId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_revisions_CityAssessmentId",
                table: "assessment_revisions",
                column: "CityAssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_scores_CityAssessmentId",
                table: "assessment_scores",
                column: "CityAssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_scores_CityId_Level",
                table: "assessment_scores",
                columns: new[] { "CityId", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_scores_CycleId_Level_ItemId",
                table: "assessment_scores",
                columns: new[] { "CycleId", "Level", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_values_CityAssessmentId_IndicatorId",
                table: "assessment_values",
                columns: new[] { "CityAssessmentId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_values_IndicatorId",
                table: "assessment_values",
                column: "IndicatorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_revisions");

            migrationBuilder.DropTable(
                name: "assessment_scores");

            migrationBuilder.DropTable(
                name: "assessment_values");

            migrationBuilder.DropTable(
                name: "assessment_city_assessments");

            migrationBuilder.DropTable(
                name: "assessment_indicators");

            migrationBuilder.DropTable(
                name: "assessment_cycles");

            migrationBuilder.DropTable(
                name: "assessment_focus_areas");

            migrationBuilder.DropTable(
                name: "assessment_areas");

            migrationBuilder.DropTable(
                name: "assessment_frameworks");
        }
    }
}
