using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAcademyCourses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "academy_courses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Audiences = table.Column<int>(type: "INTEGER", nullable: false),
                    EstimatedHours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    Indicators = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Prerequisites_En = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Prerequisites_Th = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Summary_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Summary_Th = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Title_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Title_Th = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_academy_courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "academy_course_modules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Title_Th = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_academy_course_modules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_academy_course_modules_academy_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "academy_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "academy_course_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Structure = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_academy_course_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_academy_course_versions_academy_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "academy_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "academy_lessons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ModuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    VideoUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileOriginalName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ResourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    Body_En = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    Body_Th = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Title_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Title_Th = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_academy_lessons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_academy_lessons_academy_course_modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "academy_course_modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_academy_course_modules_CourseId_Position",
                table: "academy_course_modules",
                columns: new[] { "CourseId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_academy_course_versions_CourseId_Number",
                table: "academy_course_versions",
                columns: new[] { "CourseId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_academy_courses_CreatedBy",
                table: "academy_courses",
                column: "CreatedBy");

            migrationBuilder.CreateIndex(
                name: "IX_academy_courses_Status_Capacity",
                table: "academy_courses",
                columns: new[] { "Status", "Capacity" });

            migrationBuilder.CreateIndex(
                name: "IX_academy_lessons_ModuleId_Position",
                table: "academy_lessons",
                columns: new[] { "ModuleId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "academy_course_versions");

            migrationBuilder.DropTable(
                name: "academy_lessons");

            migrationBuilder.DropTable(
                name: "academy_course_modules");

            migrationBuilder.DropTable(
                name: "academy_courses");
        }
    }
}
