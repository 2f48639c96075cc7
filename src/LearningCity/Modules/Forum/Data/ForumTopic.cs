using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Forum.Data;

public enum TopicKind
{
    Discussion = 0,
    /// <summary>The asker or a moderator may accept one answer, which then shows first.</summary>
    Question = 1,
}

/// <summary>
/// A conversation in a category: its first post is the question or opening message. It is visible once that first post
/// is approved; <see cref="SpaceKey"/> comes from its category (or a private space of its own).
/// </summary>
public sealed class ForumTopic
{
    public int Id { get; set; }
    public int CategoryId { get; set; }
    public string Title { get; set; } = "";
    public TopicKind Kind { get; set; }
    /// <summary>The asker; Guid.Empty once that account is deleted.</summary>
    public Guid AuthorId { get; set; }
    public bool IsApproved { get; set; }
    public bool IsLocked { get; set; }
    public bool IsPinned { get; set; }
    public bool IsHidden { get; set; }
    public int? AcceptedPostId { get; set; }
    public string? SpaceKey { get; set; }
    /// <summary>Approved, shown replies (the first post not counted).</summary>
    public int ReplyCount { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastPostAt { get; set; }
    public bool IsDemo { get; set; }
    public List<ForumTopicTag> Tags { get; set; } = [];
}

public static class TagKinds
{
    public const string Indicator = "indicator";
    public const string Province = "province";
}

/// <summary>An assessment indicator code ("B2.3") or a province code ("TH-50") a topic is tagged with.</summary>
public sealed class ForumTopicTag
{
    public int TopicId { get; set; }
    public string Kind { get; set; } = TagKinds.Indicator;
    public string Code { get; set; } = "";
}

internal sealed class ForumTopicConfiguration : IEntityTypeConfiguration<ForumTopic>
{
    public void Configure(EntityTypeBuilder<ForumTopic> b)
    {
        b.ToTable("forum_topics");
        b.Property(t => t.Title).HasMaxLength(200).IsRequired();
        b.Property(t => t.SpaceKey).HasMaxLength(120);
        b.Property(t => t.AuthorId).HasColumnName("WrittenBy");
        b.HasOne<ForumCategory>().WithMany().HasForeignKey(t => t.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Tags).WithOne().HasForeignKey(x => x.TopicId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.CategoryId, t.IsPinned, t.LastPostAt });
        b.HasIndex(t => t.AuthorId);
        b.HasIndex(t => t.SpaceKey);
    }
}

internal sealed class ForumTopicTagConfiguration : IEntityTypeConfiguration<ForumTopicTag>
{
    public void Configure(EntityTypeBuilder<ForumTopicTag> b)
    {
        b.ToTable("forum_topic_tags");
        b.HasKey(x => new { x.TopicId, x.Kind, x.Code });
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Code).HasMaxLength(30);
        b.HasIndex(x => new { x.Kind, x.Code });
    }
}
