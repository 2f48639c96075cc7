using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Authors = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Doi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileOriginalName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Indicators = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<uint>(type: "INTEGER", nullable: false),
                    Abstract_En = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Abstract_Th = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Title_En = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Title_Th = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_research_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "research_item_cities",
                columns: table => new
                {
                    ResearchItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    CityId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    ResearchItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
