using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AcademyEnrolmentsCohortsQuizzes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Alignments",
                table: "credentials_achievements",
                type: "TEXT",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DefinitionKey",
                table: "credentials_achievements",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Quiz",
                table: "academy_lessons",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "academy_cohorts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    FacilitatorIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Name_Th = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_academy_cohorts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_academy_cohorts_academy_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "academy_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "academy_enrolments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: true),
                    CityId = table.Column<int>(type: "INTEGER", nullable: true),
                    EnrolledBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    EnrolledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    CredentialId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Steps = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_academy_enrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_academy_enrolments_academy_cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "academy_cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_academy_enrolments_academy_course_versions_CourseVersionId",
                        column: x => x.CourseVersionId,
                        principalTable: "academy_course_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_academy_enrolments_academy_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "academy_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "academy_lesson_progress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnrolmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    LessonId = table.Column<int>(type: "INTEGER", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_academy_lesson_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_academy_lesson_progress_academy_enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "academy_enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "academy_quiz_attempts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnrolmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    LessonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    OutOf = table.Column<int>(type: "INTEGER", nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_academy_quiz_attempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_academy_quiz_attempts_academy_enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "academy_enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credentials_achievements_DefinitionKey",
                table: "credentials_achievements",
                column: "DefinitionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_academy_cohorts_CourseId_StartsOn",
                table: "academy_cohorts",
                columns: new[] { "CourseId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_academy_enrolments_CityId_CourseId",
                table: "academy_enrolments",
                columns: new[] { "CityId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_academy_enrolments_CohortId",
                table: "academy_enrolments",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_academy_enrolments_CourseId_UserId",
                table: "academy_enrolments",
                columns: new[] { "CourseId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_academy_enrolments_CourseVersionId",
                table: "academy_enrolments",
                column: "CourseVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_academy_enrolments_UserId",
                table: "academy_enrolments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_academy_lesson_progress_EnrolmentId_LessonId",
                table: "academy_lesson_progress",
                columns: new[] { "EnrolmentId", "LessonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_academy_quiz_attempts_EnrolmentId_LessonId_Number",
                table: "academy_quiz_attempts",
                columns: new[] { "EnrolmentId", "LessonId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "academy_lesson_progress");

            migrationBuilder.DropTable(
                name: "academy_quiz_attempts");

            migrationBuilder.DropTable(
                name: "academy_enrolments");

            migrationBuilder.DropTable(
                name: "academy_cohorts");

            migrationBuilder.DropIndex(
                name: "IX_credentials_achievements_DefinitionKey",
                table: "credentials_achievements");

            migrationBuilder.DropColumn(
                name: "Alignments",
                table: "credentials_achievements");

            migrationBuilder.DropColumn(
                name: "DefinitionKey",
                table: "credentials_achievements");

            migrationBuilder.DropColumn(
                name: "Quiz",
                table: "academy_lessons");
        }
    }
}
