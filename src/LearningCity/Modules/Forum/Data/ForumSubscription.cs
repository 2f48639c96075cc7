using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Forum.Data;

public enum SubscriptionKind
{
    Topic = 0,
    Category = 1,
    /// <summary>An assessment indicator code a topic is tagged with.</summary>
    Tag = 2,
}

/// <summary>A person following a topic, a category or an indicator tag: each new visible post notifies them (ForumReply).</summary>
public sealed class ForumSubscription
{
    public int Id { get; set; }
    public Guid UserId { get; set; }
    public SubscriptionKind Kind { get; set; }
    /// <summary>The topic's or category's id, or the indicator code.</summary>
    public string Target { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

public enum ForumReportStatus
{
    Open = 0,
    Resolved = 1,
}

/// <summary>A person telling the moderators that a post breaks the rules.</summary>
public sealed class ForumReport
{
    public int Id { get; set; }
    public int PostId { get; set; }
    public Guid ReporterId { get; set; }
    public string Reason { get; set; } = "";
    public ForumReportStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? ResolvedBy { get; set; }
    public DateTime? ResolvedAt { get; set; }
}

internal sealed class ForumSubscriptionConfiguration : IEntityTypeConfiguration<ForumSubscription>
{
    public void Configure(EntityTypeBuilder<ForumSubscription> b)
    {
        b.ToTable("forum_subscriptions");
        b.Property(s => s.Target).HasMaxLength(40).IsRequired();
        b.HasIndex(s => new { s.UserId, s.Kind, s.Target }).IsUnique();
        b.HasIndex(s => new { s.Kind, s.Target });
    }
}

internal sealed class ForumReportConfiguration : IEntityTypeConfiguration<ForumReport>
{
    public void Configure(EntityTypeBuilder<ForumReport> b)
    {
        b.ToTable("forum_reports");
        b.Property(r => r.Reason).HasMaxLength(1000).IsRequired();
        b.HasOne<ForumPost>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.Status, r.CreatedAt });
        b.HasIndex(r => r.ReporterId);
    }
}
