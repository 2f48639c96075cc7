using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Booster.Data;

/// <summary>Learning a person records themselves (a course elsewhere, a book, a mentor); always shown as unverified.</summary>
public sealed class SelfDeclaredLearning
{
    public int Id { get; set; }
    public Guid UserId { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public DateOnly CompletedOn { get; set; }
    public decimal Hours { get; set; }
    /// <summary>Skills, as topic ids of the platform's taxonomy.</summary>
    public List<int> TopicIds { get; set; } = [];
    public string? EvidenceUrl { get; set; }
    /// <summary>A stored evidence file (FileStore name) and the name it was uploaded with.</summary>
    public string? EvidenceFile { get; set; }
    public string? EvidenceFileName { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>A learner's passport settings and "for you" profile.</summary>
public sealed class LearnerProfile
{
    public Guid UserId { get; set; }
    /// <summary>Opt-in: the passport is public at /passport/{PublicSlug} only while this is true.</summary>
    public bool PassportIsPublic { get; set; }
    public string PublicSlug { get; set; } = "";
    /// <summary>Topics the learner is interested in, for recommendations.</summary>
    public List<int> InterestTopicIds { get; set; } = [];
    /// <summary>When the learner is usually free (Thai time), for recommendations.</summary>
    public List<DayOfWeek> PreferredDays { get; set; } = [];
    public DateTime UpdatedAt { get; set; }
}

internal sealed class SelfDeclaredLearningConfiguration : IEntityTypeConfiguration<SelfDeclaredLearning>
{
    public void Configure(EntityTypeBuilder<SelfDeclaredLearning> b)
    {
        b.ToTable("booster_self_declared_learning");
        b.Property(s => s.Title).HasMaxLength(300);
        b.Property(s => s.Description).HasMaxLength(4000);
        b.Property(s => s.Hours).HasPrecision(8, 2);
        b.Property(s => s.EvidenceUrl).HasMaxLength(1000);
        b.Property(s => s.EvidenceFile).HasMaxLength(200);
        b.Property(s => s.EvidenceFileName).HasMaxLength(300);
        b.Property(s => s.TopicIds).HasConversion(JsonColumn.Converter<List<int>>(), JsonColumn.Comparer<List<int>>());
        b.HasIndex(s => s.UserId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LearnerProfileConfiguration : IEntityTypeConfiguration<LearnerProfile>
{
    public void Configure(EntityTypeBuilder<LearnerProfile> b)
    {
        b.ToTable("booster_learner_profiles");
        b.HasKey(p => p.UserId);
        b.Property(p => p.PublicSlug).HasMaxLength(64);
        b.HasIndex(p => p.PublicSlug).IsUnique();
        b.Property(p => p.InterestTopicIds).HasConversion(JsonColumn.Converter<List<int>>(), JsonColumn.Comparer<List<int>>());
        b.Property(p => p.PreferredDays).HasConversion(JsonColumn.Converter<List<DayOfWeek>>(), JsonColumn.Comparer<List<DayOfWeek>>());
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
