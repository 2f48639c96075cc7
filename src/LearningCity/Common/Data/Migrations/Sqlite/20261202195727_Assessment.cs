using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<uint>(type: "INTEGER", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Th = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_frameworks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assessment_areas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FrameworkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Th = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    YearBe = table.Column<int>(type: "INTEGER", nullable: false),
                    FrameworkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Th = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Th = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    CityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OverallScore = table.Column<double>(type: "REAL", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<uint>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FocusAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ValueType = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    Baseline = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    EvidenceRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlatformSource = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Guidance_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Guidance_Th = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Name_Th = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CityAssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ValuesJson = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    By = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_revisions_assessment_city_assessments_CityAssessmentId",
                        column: x => x.CityAssessmentId,
                        principalTable: "assessment_city_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_scores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    CityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CityAssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_scores_assessment_city_assessments_CityAssessmentId",
                        column: x => x.CityAssessmentId,
                        principalTable: "assessment_city_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_values",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CityAssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Prefilled = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    PrefillSource = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_values", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_values_assessment_city_assessments_CityAssessmentId",
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
