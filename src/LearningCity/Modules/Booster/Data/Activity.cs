using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Booster.Data;

public enum ActivityKind
{
    SkillWorkshop = 1,
    CommunityInitiative = 2,
    LearningPromotionProject = 3,
}

/// <summary>The age groups of the programme; the values match the search "audience" facet.</summary>
[Flags]
public enum AgeGroup
{
    None = 0,
    EarlyChildhood = 1,   // 0–5
    Children = 2,         // 6–12
    Youth = 4,            // 13–24
    WorkingAge = 8,       // 25–59
    OlderPersons = 16,    // 60+
}

public enum ActivityLevel
{
    AllLevels = 0,
    Beginner = 1,
    Intermediate = 2,
    Advanced = 3,
}

public enum ActivityMode
{
    OnSite = 1,
    Online = 2,
    Hybrid = 3,
}

/// <summary>A community learning activity or workshop, published by a city or a partner organisation.</summary>
public sealed class Activity : IEditableItem
{
    public int Id { get; set; }
    public BilingualText Title { get; set; } = new();
    /// <summary>Markdown; rendered through the sanitizer, never as raw HTML.</summary>
    public BilingualText Description { get; set; } = new();
    public ActivityKind Kind { get; set; } = ActivityKind.SkillWorkshop;
    public AgeGroup AgeGroups { get; set; }
    public ActivityLevel Level { get; set; }
    public ActivityMode Mode { get; set; } = ActivityMode.OnSite;
    /// <summary>The learning space (Resources module) where on-site sessions happen; by id only.</summary>
    public int? LearningSpaceId { get; set; }
    public string? OnlineUrl { get; set; }
    /// <summary>Where the activity happens, copied from the space or the publishing city, for filters and "near me".</summary>
    public string? ProvinceCode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public bool IsFree { get; set; } = true;
    public decimal? FeeBaht { get; set; }
    /// <summary>When sign-up opens and closes (UTC); null means from publication until each session starts.</summary>
    public DateTime? RegistrationOpensAt { get; set; }
    public DateTime? RegistrationClosesAt { get; set; }
    public BilingualText Prerequisites { get; set; } = new();
    /// <summary>ISO 639-1 code of the language the activity is taught in.</summary>
    public string Language { get; set; } = "th";
    public BilingualText AccessibilityNotes { get; set; } = new();
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public List<string> Photos { get; set; } = [];
    /// <summary>An achievement (Credentials module) issued automatically to each attendee; by id only.</summary>
    public int? AutoAchievementId { get; set; }
    public int? CityId { get; set; }
    public int? OrganisationId { get; set; }
    public PublicationStatus Status { get; set; }
    public bool IsDemo { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public uint Version { get; set; }
    public List<ActivityTopic> Topics { get; set; } = [];
    public List<ActivitySession> Sessions { get; set; } = [];
}

/// <summary>A skill or topic of an activity, from the platform's topic taxonomy.</summary>
public sealed class ActivityTopic
{
    public int ActivityId { get; set; }
    public int TopicId { get; set; }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.ToTable("booster_activities");
        b.ComplexProperty(a => a.Title, n => n.MapBilingual(300));
        b.ComplexProperty(a => a.Description, n => n.MapOptionalBilingual(8000));
        b.ComplexProperty(a => a.Prerequisites, n => n.MapOptionalBilingual(2000));
        b.ComplexProperty(a => a.AccessibilityNotes, n => n.MapOptionalBilingual(2000));
        b.Property(a => a.OnlineUrl).HasMaxLength(1000);
        b.Property(a => a.ProvinceCode).HasMaxLength(6);
        b.Property(a => a.FeeBaht).HasPrecision(12, 2);
        b.Property(a => a.Language).HasMaxLength(8);
        b.Property(a => a.ContactName).HasMaxLength(200);
        b.Property(a => a.ContactEmail).HasMaxLength(320);
        b.Property(a => a.ContactPhone).HasMaxLength(50);
        b.Property(a => a.Photos).HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>());
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasMany(a => a.Topics).WithOne().HasForeignKey(t => t.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Sessions).WithOne().HasForeignKey(s => s.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.Status, a.ProvinceCode });
        b.HasIndex(a => a.CityId);
        b.HasIndex(a => a.OrganisationId);
    }
}

internal sealed class ActivityTopicConfiguration : IEntityTypeConfiguration<ActivityTopic>
{
    public void Configure(EntityTypeBuilder<ActivityTopic> b)
    {
        b.ToTable("booster_activity_topics");
        b.HasKey(t => new { t.ActivityId, t.TopicId });
        b.HasOne<Topic>().WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => t.TopicId);
    }
}
