using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddBoosterAndCredentials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "booster_activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    AgeGroups = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    LearningSpaceId = table.Column<int>(type: "integer", nullable: true),
                    OnlineUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ProvinceCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    IsFree = table.Column<bool>(type: "boolean", nullable: false),
                    FeeBaht = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    RegistrationOpensAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RegistrationClosesAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Photos = table.Column<string>(type: "text", nullable: false),
                    AutoAchievementId = table.Column<int>(type: "integer", nullable: true),
                    CityId = table.Column<int>(type: "integer", nullable: true),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    AccessibilityNotes_En = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AccessibilityNotes_Th = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Description_En = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Description_Th = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Prerequisites_En = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Prerequisites_Th = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Title_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Title_Th = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_booster_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "booster_calendar_feeds",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_booster_calendar_feeds", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_booster_calendar_feeds_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "booster_learner_profiles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    PassportIsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    PublicSlug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InterestTopicIds = table.Column<string>(type: "text", nullable: false),
                    PreferredDays = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_booster_learner_profiles", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_booster_learner_profiles_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "booster_notification_preferences",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Email = table.Column<bool>(type: "boolean", nullable: false),
                    InApp = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_booster_notification_preferences", x => new { x.UserId, x.Kind });
                    table.ForeignKey(
                        name: "FK_booster_notification_preferences_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "booster_notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Body_En = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Body_Th = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Title_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Title_Th = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_booster_notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_booster_notifications_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "booster_self_declared_learning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    TopicIds = table.Column<string>(type: "text", nullable: false),
                    EvidenceUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EvidenceFile = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EvidenceFileName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_booster_self_declared_learning", x => x.Id);
                    table.ForeignKey(
                        name: "FK_booster_self_declared_learning_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "credentials_achievements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    SkillTopicIds = table.Column<string>(type: "text", nullable: false),
                    ImageFile = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CityId = table.Column<int>(type: "integer", nullable: true),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true),
                    ValidForDays = table.Column<int>(type: "integer", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Criteria_En = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Criteria_Th = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Description_En = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Description_Th = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Name_En = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Name_Th = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credentials_achievements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "credentials_signing_keys",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Algorithm = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PublicJwk = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ProtectedPrivateKey = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credentials_signing_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "booster_activity_topics",
                columns: table => new
                {
                    ActivityId = table.Column<int>(type: "integer", nullable: false),
                    TopicId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_booster_activity_topics", x => new { x.ActivityId, x.TopicId });
                    table.ForeignKey(
                        name: "FK_booster_activity_topics_booster_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "booster_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_booster_activity_topics_resources_topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "resources_topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "booster_sessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActivityId = table.Column<int>(type: "integer", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    ConfirmedCount = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CancelledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RemindersSentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_booster_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_booster_sessions_booster_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "booster_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "credentials_issued",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AchievementId = table.Column<int>(type: "integer", nullable: false),
                    RecipientUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecipientCityId = table.Column<int>(type: "integer", nullable: true),
                    RecipientName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IssuedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    KeyId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Jwt = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credentials_issued", x => x.Id);
                    table.ForeignKey(
                        name: "FK_credentials_issued_credentials_achievements_AchievementId",
                        column: x => x.AchievementId,
                        principalTable: "credentials_achievements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "booster_registrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    ActivityId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    TicketCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AgeGroup = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WaitlistedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PromotedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AttendedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AttendanceMarkedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConsentVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ConsentedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GuardianName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    GuardianContact = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    GuardianConsentedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_booster_registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_booster_registrations_booster_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "booster_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_booster_registrations_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_booster_activities_CityId",
                table: "booster_activities",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_booster_activities_OrganisationId",
                table: "booster_activities",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_booster_activities_Status_ProvinceCode",
                table: "booster_activities",
                columns: new[] { "Status", "ProvinceCode" });

            migrationBuilder.CreateIndex(
                name: "IX_booster_activity_topics_TopicId",
                table: "booster_activity_topics",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_booster_calendar_feeds_Token",
                table: "booster_calendar_feeds",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_booster_learner_profiles_PublicSlug",
                table: "booster_learner_profiles",
                column: "PublicSlug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_booster_notifications_UserId_CreatedAt",
                table: "booster_notifications",
                columns: new[] { "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_booster_registrations_ActivityId",
                table: "booster_registrations",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_booster_registrations_SessionId_Status_WaitlistedAt",
                table: "booster_registrations",
                columns: new[] { "SessionId", "Status", "WaitlistedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_booster_registrations_SessionId_UserId",
                table: "booster_registrations",
                columns: new[] { "SessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_booster_registrations_TicketCode",
                table: "booster_registrations",
                column: "TicketCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_booster_registrations_UserId_Status",
                table: "booster_registrations",
                columns: new[] { "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_booster_self_declared_learning_UserId",
                table: "booster_self_declared_learning",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_booster_sessions_ActivityId_StartsAt",
                table: "booster_sessions",
                columns: new[] { "ActivityId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_booster_sessions_StartsAt",
                table: "booster_sessions",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_credentials_achievements_CityId",
                table: "credentials_achievements",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_credentials_achievements_OrganisationId",
                table: "credentials_achievements",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_credentials_issued_AchievementId",
                table: "credentials_issued",
                column: "AchievementId");

            migrationBuilder.CreateIndex(
                name: "IX_credentials_issued_RecipientCityId",
                table: "credentials_issued",
                column: "RecipientCityId");

            migrationBuilder.CreateIndex(
                name: "IX_credentials_issued_RecipientUserId",
                table: "credentials_issued",
                column: "RecipientUserId");

            migrationBuilder.CreateIndex(
                name: "IX_credentials_issued_SourceKey",
                table: "credentials_issued",
                column: "SourceKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "booster_activity_topics");

            migrationBuilder.DropTable(
                name: "booster_calendar_feeds");

            migrationBuilder.DropTable(
                name: "booster_learner_profiles");

            migrationBuilder.DropTable(
                name: "booster_notification_preferences");

            migrationBuilder.DropTable(
                name: "booster_notifications");

            migrationBuilder.DropTable(
                name: "booster_registrations");

            migrationBuilder.DropTable(
                name: "booster_self_declared_learning");

            migrationBuilder.DropTable(
                name: "credentials_issued");

            migrationBuilder.DropTable(
                name: "credentials_signing_keys");

            migrationBuilder.DropTable(
                name: "booster_sessions");

            migrationBuilder.DropTable(
                name: "credentials_achievements");

            migrationBuilder.DropTable(
                name: "booster_activities");
        }
    }
}
