using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "TermsAcceptedAt",
                table: "identity_users",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TermsAcceptedAt",
                table: "identity_users");
        }
    }
}
