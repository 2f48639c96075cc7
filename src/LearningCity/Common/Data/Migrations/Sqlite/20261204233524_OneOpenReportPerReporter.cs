using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneOpenReportPerReporter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_resources_content_reports_ContentType_ContentId_ReporterId",
                table: "resources_content_reports",
                columns: new[] { "ContentType", "ContentId", "ReporterId" },
                unique: true,
                filter: "\"Status\" = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_resources_content_reports_ContentType_ContentId_ReporterId",
                table: "resources_content_reports");
        }
    }
}
