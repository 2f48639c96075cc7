using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SharedSeats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "booster_seat_pools",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Taken = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_booster_seat_pools", x => new { x.Kind, x.ItemId });
                });

            migrationBuilder.CreateTable(
                name: "booster_seat_holdings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    HolderUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WaitlistedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PromotedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReleasedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_booster_seat_holdings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_booster_seat_holdings_booster_seat_pools_Kind_ItemId",
                        columns: x => new { x.Kind, x.ItemId },
                        principalTable: "booster_seat_pools",
                        principalColumns: new[] { "Kind", "ItemId" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_booster_seat_holdings_identity_users_HolderUserId",
                        column: x => x.HolderUserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_booster_seat_holdings_HolderUserId",
                table: "booster_seat_holdings",
                column: "HolderUserId");

            migrationBuilder.CreateIndex(
                name: "IX_booster_seat_holdings_Kind_ItemId_HolderUserId",
                table: "booster_seat_holdings",
                columns: new[] { "Kind", "ItemId", "HolderUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_booster_seat_holdings_Kind_ItemId_Status_WaitlistedAt",
                table: "booster_seat_holdings",
                columns: new[] { "Kind", "ItemId", "Status", "WaitlistedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "booster_seat_holdings");

            migrationBuilder.DropTable(
                name: "booster_seat_pools");
        }
    }
}
