using LearningCity.Common.Audit;
using LearningCity.Common.Email;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Identity.Data;
using LearningCity.Modules.Mentoring.Data;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Resources.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Common.Data;

/// <summary>
/// The one database context. Each module contributes its entities through IEntityTypeConfiguration
/// classes in its Data folder; tables are prefixed by module. Two provider-specific subclasses exist
/// only so that each provider has its own migration set.
/// </summary>
public class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<CityScope> CityScopes => Set<CityScope>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<City> Cities => Set<City>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationMembership> OrganisationMemberships => Set<OrganisationMembership>();
    public DbSet<LearningResource> LearningResources => Set<LearningResource>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<LearningSpace> LearningSpaces => Set<LearningSpace>();
    public DbSet<FundingSource> FundingSources => Set<FundingSource>();
    public DbSet<ContentReport> ContentReports => Set<ContentReport>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ActivitySession> ActivitySessions => Set<ActivitySession>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<SeatPool> SeatPools => Set<SeatPool>();
    public DbSet<SeatHolding> SeatHoldings => Set<SeatHolding>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<SelfDeclaredLearning> SelfDeclaredLearning => Set<SelfDeclaredLearning>();
    public DbSet<LearnerProfile> LearnerProfiles => Set<LearnerProfile>();
    public DbSet<Achievement> Achievements => Set<Achievement>();
    public DbSet<IssuedCredential> IssuedCredentials => Set<IssuedCredential>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<IndicatorFramework> IndicatorFrameworks => Set<IndicatorFramework>();
    public DbSet<FrameworkArea> FrameworkAreas => Set<FrameworkArea>();
    public DbSet<FocusArea> FocusAreas => Set<FocusArea>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<AssessmentCycle> AssessmentCycles => Set<AssessmentCycle>();
    public DbSet<CityAssessment> CityAssessments => Set<CityAssessment>();
    public DbSet<AssessmentValue> AssessmentValues => Set<AssessmentValue>();
    public DbSet<AssessmentRevision> AssessmentRevisions => Set<AssessmentRevision>();
    public DbSet<AssessmentScore> AssessmentScores => Set<AssessmentScore>();
    public DbSet<NationalScore> NationalScores => Set<NationalScore>();
    public DbSet<ResearchItem> ResearchItems => Set<ResearchItem>();
    public DbSet<AwardCycle> AwardCycles => Set<AwardCycle>();
    public DbSet<AwardCategory> AwardCategories => Set<AwardCategory>();
    public DbSet<AwardCriterion> AwardCriteria => Set<AwardCriterion>();
    public DbSet<AwardApplication> AwardApplications => Set<AwardApplication>();
    public DbSet<AwardJudge> AwardJudges => Set<AwardJudge>();
    public DbSet<MentoringRelation> MentoringRelations => Set<MentoringRelation>();
    public DbSet<ConflictDeclaration> ConflictDeclarations => Set<ConflictDeclaration>();
    public DbSet<JudgeAssignment> JudgeAssignments => Set<JudgeAssignment>();
    public DbSet<JudgeScore> JudgeScores => Set<JudgeScore>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<CourseModule> CourseModules => Set<CourseModule>();
    public DbSet<Lesson> Lessons => Set<Lesson>();
    public DbSet<CourseVersion> CourseVersions => Set<CourseVersion>();
    public DbSet<MentoringPair> MentoringPairs => Set<MentoringPair>();
    public DbSet<MentoringPerson> MentoringPeople => Set<MentoringPerson>();
    public DbSet<MentoringMeeting> MentoringMeetings => Set<MentoringMeeting>();
    public DbSet<MentoringNote> MentoringNotes => Set<MentoringNote>();
    public DbSet<MentorWillingness> MentorWillingness => Set<MentorWillingness>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();
    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();
    public DbSet<ForumCategory> ForumCategories => Set<ForumCategory>();
    public DbSet<ForumTopic> ForumTopics => Set<ForumTopic>();
    public DbSet<ForumTopicTag> ForumTopicTags => Set<ForumTopicTag>();
    public DbSet<ForumPost> ForumPosts => Set<ForumPost>();
    public DbSet<ForumPostRevision> ForumPostRevisions => Set<ForumPostRevision>();
    public DbSet<ForumVote> ForumVotes => Set<ForumVote>();
    public DbSet<ForumSubscription> ForumSubscriptions => Set<ForumSubscription>();
    public DbSet<ForumReport> ForumReports => Set<ForumReport>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>().ToTable("identity_users");
        builder.Entity<AppRole>().ToTable("identity_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("identity_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("identity_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("identity_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("identity_user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("identity_role_claims");
        builder.Entity<DataProtectionKey>().ToTable("common_data_protection_keys");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC: PostgreSQL refuses anything else, and SQLite must give back what PostgreSQL would.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
