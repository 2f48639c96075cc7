using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Postgres
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
                type: "timestamp with time zone",
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
