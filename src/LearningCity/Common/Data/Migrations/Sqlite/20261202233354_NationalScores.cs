using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NationalScores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "OverallChange",
                table: "assessment_city_assessments",
                type: "REAL",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "assessment_national_scores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Mean = table.Column<double>(type: "REAL", nullable: false),
                    Cities = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_national_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_national_scores_assessment_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "assessment_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_city_assessments_CycleId_OverallChange",
                table: "assessment_city_assessments",
                columns: new[] { "CycleId", "OverallChange" });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_national_scores_CycleId_Level_ItemId",
                table: "assessment_national_scores",
                columns: new[] { "CycleId", "Level", "ItemId" },
                unique: true);

            // Cycles scored before this migration: their national means and each city's change since the previous cycle.
            migrationBuilder.Sql("""
                INSERT INTO assessment_national_scores ("CycleId", "Level", "ItemId", "Mean", "Cities")
                SELECT "CycleId", "Level", "ItemId", AVG("Score"), COUNT(*) FROM assessment_scores GROUP BY "CycleId", "Level", "ItemId";
                """);
            migrationBuilder.Sql("""
                UPDATE assessment_city_assessments SET "OverallChange" = "OverallScore" - (
                  SELECT p."OverallScore" FROM assessment_city_assessments p JOIN assessment_cycles pc ON pc."Id" = p."CycleId"
                  WHERE p."CityId" = assessment_city_assessments."CityId" AND p."Status" = 3
                    AND pc."YearBe" = (SELECT MAX(y."YearBe") FROM assessment_cycles y WHERE y."YearBe" <
                      (SELECT c."YearBe" FROM assessment_cycles c WHERE c."Id" = assessment_city_assessments."CycleId")))
                WHERE "Status" = 3 AND "OverallScore" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_national_scores");

            migrationBuilder.DropIndex(
                name: "IX_assessment_city_assessments_CycleId_OverallChange",
                table: "assessment_city_assessments");

            migrationBuilder.DropColumn(
                name: "OverallChange",
                table: "assessment_city_assessments");
        }
    }
}
