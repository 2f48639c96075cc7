using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonalDataErasure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActorName",
                table: "common_audit_entries");

            migrationBuilder.AddColumn<int>(
                name: "ActorKind",
                table: "common_audit_entries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "ErasedLearnerKey",
                table: "booster_registrations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_common_audit_entries_ActorId",
                table: "common_audit_entries",
                column: "ActorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_common_audit_entries_ActorId",
                table: "common_audit_entries");

            migrationBuilder.DropColumn(
                name: "ActorKind",
                table: "common_audit_entries");

            migrationBuilder.DropColumn(
                name: "ErasedLearnerKey",
                table: "booster_registrations");

            migrationBuilder.AddColumn<string>(
                name: "ActorName",
                table: "common_audit_entries",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");
        }
    }
}
