using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Awards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "awards_cycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    YearBe = table.Column<int>(type: "integer", nullable: false),
                    CallOpens = table.Column<DateOnly>(type: "date", nullable: false),
                    CallCloses = table.Column<DateOnly>(type: "date", nullable: false),
                    JudgingEnds = table.Column<DateOnly>(type: "date", nullable: false),
                    AnnouncementOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AssessmentCycleId = table.Column<int>(type: "integer", nullable: true),
                    PastWinnerExclusionYears = table.Column<int>(type: "integer", nullable: false),
                    BlindReview = table.Column<bool>(type: "boolean", nullable: false),
                    HideOtherScoresUntilSubmitted = table.Column<bool>(type: "boolean", nullable: false),
                    JudgesPerApplication = table.Column<int>(type: "integer", nullable: false),
                    DisagreementThreshold = table.Column<double>(type: "double precision", nullable: false),
                    AchievementId = table.Column<int>(type: "integer", nullable: true),
                    LockedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Description_En = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Description_Th = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Name_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_Th = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_awards_cycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "awards_mentoring_relations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CityId = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_awards_mentoring_relations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_awards_mentoring_relations_cities_learning_cities_CityId",
                        column: x => x.CityId,
                        principalTable: "cities_learning_cities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "awards_categories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    LocalGovernmentTypes = table.Column<string>(type: "text", nullable: false),
                    MinPopulation = table.Column<int>(type: "integer", nullable: true),
                    MaxPopulation = table.Column<int>(type: "integer", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Description_En = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Description_Th = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Name_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_Th = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_awards_categories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_awards_categories_awards_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "awards_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "awards_conflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    JudgeUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CityId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DeclaredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_awards_conflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_awards_conflicts_awards_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "awards_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "awards_criteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Weight = table.Column<double>(type: "double precision", nullable: false),
                    WordLimit = table.Column<int>(type: "integer", nullable: false),
                    Rubric = table.Column<string>(type: "text", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Guidance_En = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Guidance_Th = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Name_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_Th = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_awards_criteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_awards_criteria_awards_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "awards_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "awards_judges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Organisation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    OrganisationCityId = table.Column<int>(type: "integer", nullable: true),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_awards_judges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_awards_judges_awards_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "awards_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "awards_applications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    CategoryId = table.Column<int>(type: "integer", nullable: false),
                    CityId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Narratives = table.Column<string>(type: "text", nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: false),
                    Facts = table.Column<string>(type: "text", nullable: false),
                    MayorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MayorTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EndorsementFile = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EndorsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConsentToPublish = table.Column<bool>(type: "boolean", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Shortlisted = table.Column<bool>(type: "boolean", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CredentialId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_awards_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_awards_applications_awards_categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "awards_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_awards_applications_awards_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "awards_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_awards_applications_cities_learning_cities_CityId",
                        column: x => x.CityId,
                        principalTable: "cities_learning_cities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "awards_assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    JudgeUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Method = table.Column<int>(type: "integer", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AssignedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_awards_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_awards_assignments_awards_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "awards_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "awards_scores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssignmentId = table.Column<int>(type: "integer", nullable: false),
                    CriterionId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_awards_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_awards_scores_awards_assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "awards_assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_awards_scores_awards_criteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "awards_criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_awards_applications_CategoryId",
                table: "awards_applications",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_awards_applications_CityId",
                table: "awards_applications",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_awards_applications_CycleId_CategoryId_CityId",
                table: "awards_applications",
                columns: new[] { "CycleId", "CategoryId", "CityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_awards_assignments_ApplicationId_JudgeUserId",
                table: "awards_assignments",
                columns: new[] { "ApplicationId", "JudgeUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_awards_assignments_CycleId_JudgeUserId",
                table: "awards_assignments",
                columns: new[] { "CycleId", "JudgeUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_awards_categories_CycleId_Code",
                table: "awards_categories",
                columns: new[] { "CycleId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_awards_conflicts_CycleId_JudgeUserId_CityId",
                table: "awards_conflicts",
                columns: new[] { "CycleId", "JudgeUserId", "CityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_awards_criteria_CycleId_Code",
                table: "awards_criteria",
                columns: new[] { "CycleId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_awards_cycles_YearBe",
                table: "awards_cycles",
                column: "YearBe",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_awards_judges_CycleId_UserId",
                table: "awards_judges",
                columns: new[] { "CycleId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_awards_mentoring_relations_CityId",
                table: "awards_mentoring_relations",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_awards_mentoring_relations_UserId_CityId",
                table: "awards_mentoring_relations",
                columns: new[] { "UserId", "CityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_awards_scores_AssignmentId_CriterionId",
                table: "awards_scores",
                columns: new[] { "AssignmentId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_awards_scores_CriterionId",
                table: "awards_scores",
                column: "CriterionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "awards_conflicts");

            migrationBuilder.DropTable(
                name: "awards_judges");

            migrationBuilder.DropTable(
                name: "awards_mentoring_relations");

            migrationBuilder.DropTable(
                name: "awards_scores");

            migrationBuilder.DropTable(
                name: "awards_assignments");

            migrationBuilder.DropTable(
                name: "awards_criteria");

            migrationBuilder.DropTable(
                name: "awards_applications");

            migrationBuilder.DropTable(
                name: "awards_categories");

            migrationBuilder.DropTable(
                name: "awards_cycles");
        }
    }
}
