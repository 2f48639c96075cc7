using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AssessmentInsightFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "BoosterParticipation",
                table: "assessment_city_assessments",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "LearningParticipationScore",
                table: "assessment_city_assessments",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BoosterParticipation",
                table: "assessment_city_assessments");

            migrationBuilder.DropColumn(
                name: "LearningParticipationScore",
                table: "assessment_city_assessments");
        }
    }
}
