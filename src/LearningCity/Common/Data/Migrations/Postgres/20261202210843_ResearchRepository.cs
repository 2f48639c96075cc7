using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ResearchRepository : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "research_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Authors = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Doi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FileOriginalName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Indicators = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Licence = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Abstract_En = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Abstract_Th = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Title_En = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Title_Th = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_research_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "research_item_cities",
                columns: table => new
                {
                    ResearchItemId = table.Column<int>(type: "integer", nullable: false),
                    CityId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_research_item_cities", x => new { x.ResearchItemId, x.CityId });
                    table.ForeignKey(
                        name: "FK_research_item_cities_research_items_ResearchItemId",
                        column: x => x.ResearchItemId,
                        principalTable: "research_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "research_keywords",
                columns: table => new
                {
                    ResearchItemId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_research_keywords", x => new { x.ResearchItemId, x.Position });
                    table.ForeignKey(
                        name: "FK_research_keywords_research_items_ResearchItemId",
                        column: x => x.ResearchItemId,
                        principalTable: "research_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_research_item_cities_CityId",
                table: "research_item_cities",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_research_items_CreatedBy",
                table: "research_items",
                column: "CreatedBy");

            migrationBuilder.CreateIndex(
                name: "IX_research_items_Status_Year",
                table: "research_items",
                columns: new[] { "Status", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_research_keywords_Text",
                table: "research_keywords",
                column: "Text");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "research_item_cities");

            migrationBuilder.DropTable(
                name: "research_keywords");

            migrationBuilder.DropTable(
                name: "research_items");
        }
    }
}
