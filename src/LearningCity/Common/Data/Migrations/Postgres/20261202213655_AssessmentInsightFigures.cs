using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Postgres
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
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "LearningParticipationScore",
                table: "assessment_city_assessments",
                type: "double precision",
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
