using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ForumCommunityOfPractice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "forum_categories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Pillar = table.Column<int>(type: "INTEGER", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    SpaceKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Description_En = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Description_Th = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Name_Th = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "forum_subscriptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_subscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "forum_topics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    WrittenBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsApproved = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsLocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPinned = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsHidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptedPostId = table.Column<int>(type: "INTEGER", nullable: true),
                    SpaceKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    ReplyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastPostAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_topics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forum_topics_forum_categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "forum_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "forum_posts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: false),
                    WrittenBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    IsFirst = table.Column<bool>(type: "INTEGER", nullable: false),
                    QuotedPostId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsApproved = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsHidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    HelpfulCount = table.Column<int>(type: "INTEGER", nullable: false),
                    EditCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EditedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_posts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forum_posts_forum_topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "forum_topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forum_topic_tags",
                columns: table => new
                {
                    TopicId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_topic_tags", x => new { x.TopicId, x.Kind, x.Code });
                    table.ForeignKey(
                        name: "FK_forum_topic_tags_forum_topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "forum_topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forum_post_revisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    EditedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    EditedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_post_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forum_post_revisions_forum_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "forum_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forum_reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReporterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forum_reports_forum_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "forum_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forum_votes",
                columns: table => new
                {
                    PostId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forum_votes", x => new { x.PostId, x.UserId });
                    table.ForeignKey(
                        name: "FK_forum_votes_forum_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "forum_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_forum_categories_Slug",
                table: "forum_categories",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_forum_categories_SpaceKey",
                table: "forum_categories",
                column: "SpaceKey");

            migrationBuilder.CreateIndex(
                name: "IX_forum_post_revisions_PostId",
                table: "forum_post_revisions",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_forum_posts_IsApproved_IsHidden",
                table: "forum_posts",
                columns: new[] { "IsApproved", "IsHidden" });

            migrationBuilder.CreateIndex(
                name: "IX_forum_posts_TopicId_Id",
                table: "forum_posts",
                columns: new[] { "TopicId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_forum_posts_WrittenBy_CreatedAt",
                table: "forum_posts",
                columns: new[] { "WrittenBy", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_forum_reports_PostId",
                table: "forum_reports",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_forum_reports_ReporterId",
                table: "forum_reports",
                column: "ReporterId");

            migrationBuilder.CreateIndex(
                name: "IX_forum_reports_Status_CreatedAt",
                table: "forum_reports",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_forum_subscriptions_Kind_Target",
                table: "forum_subscriptions",
                columns: new[] { "Kind", "Target" });

            migrationBuilder.CreateIndex(
                name: "IX_forum_subscriptions_UserId_Kind_Target",
                table: "forum_subscriptions",
                columns: new[] { "UserId", "Kind", "Target" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_forum_topic_tags_Kind_Code",
                table: "forum_topic_tags",
                columns: new[] { "Kind", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_forum_topics_CategoryId_IsPinned_LastPostAt",
                table: "forum_topics",
                columns: new[] { "CategoryId", "IsPinned", "LastPostAt" });

            migrationBuilder.CreateIndex(
                name: "IX_forum_topics_SpaceKey",
                table: "forum_topics",
                column: "SpaceKey");

            migrationBuilder.CreateIndex(
                name: "IX_forum_topics_WrittenBy",
                table: "forum_topics",
                column: "WrittenBy");

            migrationBuilder.CreateIndex(
                name: "IX_forum_votes_UserId",
                table: "forum_votes",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "forum_post_revisions");

            migrationBuilder.DropTable(
                name: "forum_reports");

            migrationBuilder.DropTable(
                name: "forum_subscriptions");

            migrationBuilder.DropTable(
                name: "forum_topic_tags");

            migrationBuilder.DropTable(
                name: "forum_votes");

            migrationBuilder.DropTable(
                name: "forum_posts");

            migrationBuilder.DropTable(
                name: "forum_topics");

            migrationBuilder.DropTable(
                name: "forum_categories");
        }
    }
}
