using LearningCity.Modules.Resources.Public;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Resources.Data;

public enum ResourceType
{
    Article = 1,
    Video = 2,
    Toolkit = 3,
    LessonPlan = 4,
    CourseMaterial = 5,
    Dataset = 6,
    ResearchReport = 7,
    PolicyDocument = 8,
}

[Flags]
public enum Audience
{
    None = 0,
    EarlyChildhood = 1,   // 0–5
    Children = 2,         // 6–12
    Youth = 4,            // 13–24
    WorkingAge = 8,       // 25–59
    OlderPersons = 16,    // 60+
    CityLeaders = 32,
    Educators = 64,
}

/// <summary>Something to learn from: an article, a video, a toolkit, a dataset ...</summary>
public sealed class LearningResource : IPublishedItem
{
    public int Id { get; set; }
    public BilingualText Title { get; set; } = new();
    public BilingualText Summary { get; set; } = new();
    /// <summary>Markdown; rendered through the sanitizer, never as raw HTML.</summary>
    public BilingualText Body { get; set; } = new();
    public ResourceType Type { get; set; }
    public Audience Audiences { get; set; }
    /// <summary>ISO 639-1 code of the resource's own language ("th", "en", ...).</summary>
    public string Language { get; set; } = "th";
    /// <summary>SPDX-style licence id, e.g. CC-BY-4.0, or "all-rights-reserved".</summary>
    public string Licence { get; set; } = "CC-BY-4.0";
    public string? LinkUrl { get; set; }
    public string? FileName { get; set; }
    public string? FileOriginalName { get; set; }
    public int? CityId { get; set; }
    public int? OrganisationId { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public PublicationStatus Status { get; set; }
    public bool IsDemo { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public uint Version { get; set; }
    public List<ResourceTopic> Topics { get; set; } = [];
}

/// <summary>A topic of the bilingual taxonomy (e.g. digital skills, health, environment).</summary>
public sealed class Topic
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public BilingualText Name { get; set; } = new();
    public int SortOrder { get; set; }
}

public sealed class ResourceTopic
{
    public int ResourceId { get; set; }
    public int TopicId { get; set; }
}

internal sealed class LearningResourceConfiguration : IEntityTypeConfiguration<LearningResource>
{
    public void Configure(EntityTypeBuilder<LearningResource> b)
    {
        b.ToTable("resources_learning_resources");
        b.ComplexProperty(r => r.Title, n => n.MapBilingual(300));
        b.ComplexProperty(r => r.Summary, n => n.MapOptionalBilingual(2000));
        b.ComplexProperty(r => r.Body, n => n.MapOptionalBilingual(100_000));
        b.Property(r => r.Language).HasMaxLength(10);
        b.Property(r => r.Licence).HasMaxLength(50);
        b.Property(r => r.LinkUrl).HasMaxLength(1000);
        b.Property(r => r.FileName).HasMaxLength(200);
        b.Property(r => r.FileOriginalName).HasMaxLength(300);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasMany(r => r.Topics).WithOne().HasForeignKey(t => t.ResourceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.Status, r.CityId });
        b.HasIndex(r => r.OrganisationId);
    }
}

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> b)
    {
        b.ToTable("resources_topics");
        b.Property(t => t.Slug).HasMaxLength(80);
        b.HasIndex(t => t.Slug).IsUnique();
        b.ComplexProperty(t => t.Name, n => n.MapBilingual(200));
    }
}

internal sealed class ResourceTopicConfiguration : IEntityTypeConfiguration<ResourceTopic>
{
    public void Configure(EntityTypeBuilder<ResourceTopic> b)
    {
        b.ToTable("resources_resource_topics");
        b.HasKey(t => new { t.ResourceId, t.TopicId });
        b.HasOne<Topic>().WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Restrict);
    }
}
