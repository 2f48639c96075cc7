using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrganisationVersionAndUniqueName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "identity_organisations",
                type: "bigint",
                nullable: false,
                defaultValue: 1L);

            // Not in the model: EF Core cannot declare an index on a column of a complex property (Organisation.Name).
            migrationBuilder.CreateIndex(
                name: "IX_identity_organisations_Name_Th",
                table: "identity_organisations",
                column: "Name_Th",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_identity_organisations_Name_Th",
                table: "identity_organisations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "identity_organisations");
        }
    }
}
