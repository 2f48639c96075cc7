using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Forum.Data;

/// <summary>
/// A place for topics: one of the six pillars or a theme across them. A category with a <see cref="SpaceKey"/> is a
/// private space (a cohort's, a mentoring pair's): its topics are seen only by the members another module names.
/// </summary>
public sealed class ForumCategory
{
    public int Id { get; set; }
    /// <summary>Lower-case letters, digits and hyphens; the address /forum/c/{slug}.</summary>
    public string Slug { get; set; } = "";
    public BilingualText Name { get; set; } = new();
    public BilingualText Description { get; set; } = new();
    /// <summary>The pillar (1–6) it belongs to; null for a theme across pillars.</summary>
    public int? Pillar { get; set; }
    public int Position { get; set; }
    /// <summary>"kind:ownerId" of a private space (see ForumSpaces); null for a public category.</summary>
    public string? SpaceKey { get; set; }
    public bool IsDemo { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class ForumCategoryConfiguration : IEntityTypeConfiguration<ForumCategory>
{
    public void Configure(EntityTypeBuilder<ForumCategory> b)
    {
        b.ToTable("forum_categories");
        b.Property(c => c.Slug).HasMaxLength(80).IsRequired();
        b.HasIndex(c => c.Slug).IsUnique();
        b.ComplexProperty(c => c.Name, n => n.MapBilingual(200));
        b.ComplexProperty(c => c.Description, n => n.MapOptionalBilingual(1000));
        b.Property(c => c.SpaceKey).HasMaxLength(120);
        b.HasIndex(c => c.SpaceKey);
    }
}
