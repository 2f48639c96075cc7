using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Credentials.Data;

/// <summary>The Open Badges 3.0 achievement types the platform issues.</summary>
public enum AchievementType
{
    Badge = 1,
    Award = 2,
    Certificate = 3,
}

/// <summary>
/// What a credential says someone achieved: name, description, criteria, skills and image. Created by a city or
/// organisation (Booster badges) or by the secretariat (awards); resolvable at /credentials/achievements/{Id}.
/// </summary>
public sealed class Achievement
{
    public int Id { get; set; }
    public BilingualText Name { get; set; } = new();
    public BilingualText Description { get; set; } = new();
    public BilingualText Criteria { get; set; } = new();
    public AchievementType Type { get; set; } = AchievementType.Badge;
    /// <summary>Skills, as topic ids of the platform's taxonomy (Resources module); by id only.</summary>
    public List<int> SkillTopicIds { get; set; } = [];
    /// <summary>A stored image (FileStore name), or null for the platform's default badge image.</summary>
    public string? ImageFile { get; set; }
    /// <summary>The city or organisation that defines and awards it; both null for the national secretariat.</summary>
    public int? CityId { get; set; }
    public int? OrganisationId { get; set; }
    /// <summary>Credentials expire this many days after issue; null for never.</summary>
    public int? ValidForDays { get; set; }
    /// <summary>
    /// Set when another module defines the achievement through <c>AchievementDefinitions</c> (e.g. one per course
    /// version): the key it is found by again. Unique; null for achievements made on the pages.
    /// </summary>
    public string? DefinitionKey { get; set; }
    /// <summary>What the achievement is aligned to beyond its skills (e.g. the assessment indicators a course builds).</summary>
    public List<AchievementAlignment> Alignments { get; set; } = [];
    public bool IsDemo { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public uint Version { get; set; }
}

/// <summary>An Open Badges 3.0 Alignment: a framework item the achievement is aligned to.</summary>
public sealed class AchievementAlignment
{
    public string TargetName { get; set; } = "";
    public string TargetUrl { get; set; } = "";
    public string? TargetCode { get; set; }
    public string? TargetFramework { get; set; }
    public string? TargetType { get; set; }
}

internal sealed class AchievementConfiguration : IEntityTypeConfiguration<Achievement>
{
    public void Configure(EntityTypeBuilder<Achievement> b)
    {
        b.ToTable("credentials_achievements");
        b.ComplexProperty(a => a.Name, n => n.MapBilingual(200));
        b.ComplexProperty(a => a.Description, n => n.MapOptionalBilingual(2000));
        b.ComplexProperty(a => a.Criteria, n => n.MapOptionalBilingual(2000));
        b.Property(a => a.SkillTopicIds).HasConversion(JsonColumn.Converter<List<int>>(), JsonColumn.Comparer<List<int>>());
        b.Property(a => a.ImageFile).HasMaxLength(200);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Property(a => a.DefinitionKey).HasMaxLength(200);
        b.HasIndex(a => a.DefinitionKey).IsUnique();
        b.Property(a => a.Alignments).HasMaxLength(20_000)
            .HasConversion(JsonColumn.Converter<List<AchievementAlignment>>(), JsonColumn.Comparer<List<AchievementAlignment>>());
        b.HasIndex(a => a.CityId);
        b.HasIndex(a => a.OrganisationId);
    }
}
