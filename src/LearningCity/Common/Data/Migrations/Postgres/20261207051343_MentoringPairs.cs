using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MentoringPairs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mentoring_pairs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MentorCityId = table.Column<int>(type: "integer", nullable: false),
                    MenteeCityId = table.Column<int>(type: "integer", nullable: false),
                    RequestedBySide = table.Column<int>(type: "integer", nullable: false),
                    Indicators = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RespondedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RespondedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Goals_En = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Goals_Th = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentoring_pairs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mentoring_willing_cities",
                columns: table => new
                {
                    CityId = table.Column<int>(type: "integer", nullable: false),
                    Willing = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentoring_willing_cities", x => x.CityId);
                });

            migrationBuilder.CreateTable(
                name: "mentoring_meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PairId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentoring_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mentoring_meetings_mentoring_pairs_PairId",
                        column: x => x.PairId,
                        principalTable: "mentoring_pairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mentoring_notes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PairId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WrittenBy = table.Column<Guid>(type: "uuid", nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentoring_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mentoring_notes_mentoring_pairs_PairId",
                        column: x => x.PairId,
                        principalTable: "mentoring_pairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mentoring_people",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PairId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Side = table.Column<int>(type: "integer", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentoring_people", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mentoring_people_mentoring_pairs_PairId",
                        column: x => x.PairId,
                        principalTable: "mentoring_pairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_meetings_PairId_Date",
                table: "mentoring_meetings",
                columns: new[] { "PairId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_meetings_RecordedBy",
                table: "mentoring_meetings",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_notes_PairId",
                table: "mentoring_notes",
                column: "PairId");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_notes_WrittenBy",
                table: "mentoring_notes",
                column: "WrittenBy");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_pairs_MenteeCityId_Status",
                table: "mentoring_pairs",
                columns: new[] { "MenteeCityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_pairs_MentorCityId_Status",
                table: "mentoring_pairs",
                columns: new[] { "MentorCityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_pairs_RequestedBy",
                table: "mentoring_pairs",
                column: "RequestedBy");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_people_PairId_UserId",
                table: "mentoring_people",
                columns: new[] { "PairId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_people_UserId",
                table: "mentoring_people",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mentoring_meetings");

            migrationBuilder.DropTable(
                name: "mentoring_notes");

            migrationBuilder.DropTable(
                name: "mentoring_people");

            migrationBuilder.DropTable(
                name: "mentoring_willing_cities");

            migrationBuilder.DropTable(
                name: "mentoring_pairs");
        }
    }
}
