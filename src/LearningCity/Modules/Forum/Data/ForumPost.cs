using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Forum.Data;

/// <summary>
/// A message in a topic, in Markdown (rendered sanitized). A new account's posts wait for a moderator's approval
/// (<see cref="IsApproved"/> false) and are seen meanwhile only by their author and moderators.
/// </summary>
public sealed class ForumPost
{
    public int Id { get; set; }
    public int TopicId { get; set; }
    /// <summary>The author; Guid.Empty once that account is deleted (the post stays, shown as by a deleted account).</summary>
    public Guid AuthorId { get; set; }
    public string Body { get; set; } = "";
    public bool IsFirst { get; set; }
    /// <summary>The post this one quotes, shown above its body.</summary>
    public int? QuotedPostId { get; set; }
    public bool IsApproved { get; set; }
    public bool IsHidden { get; set; }
    public int HelpfulCount { get; set; }
    public int EditCount { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EditedAt { get; set; }
}

/// <summary>What a post said before an edit; the history is visible to everyone who can see the post.</summary>
public sealed class ForumPostRevision
{
    public int Id { get; set; }
    public int PostId { get; set; }
    public string Body { get; set; } = "";
    public Guid EditorId { get; set; }
    public DateTime EditedAt { get; set; }
}

/// <summary>One person's "helpful" on one post (never on their own).</summary>
public sealed class ForumVote
{
    public int PostId { get; set; }
    public Guid UserId { get; set; }
    public DateTime At { get; set; }
}

internal sealed class ForumPostConfiguration : IEntityTypeConfiguration<ForumPost>
{
    public void Configure(EntityTypeBuilder<ForumPost> b)
    {
        b.ToTable("forum_posts");
        b.Property(p => p.Body).HasMaxLength(ForumLimits.MaxBody).IsRequired();
        b.Property(p => p.AuthorId).HasColumnName("WrittenBy");
        b.HasOne<ForumTopic>().WithMany().HasForeignKey(p => p.TopicId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.TopicId, p.Id });
        b.HasIndex(p => new { p.AuthorId, p.CreatedAt });
        b.HasIndex(p => new { p.IsApproved, p.IsHidden });
    }
}

internal sealed class ForumPostRevisionConfiguration : IEntityTypeConfiguration<ForumPostRevision>
{
    public void Configure(EntityTypeBuilder<ForumPostRevision> b)
    {
        b.ToTable("forum_post_revisions");
        b.Property(r => r.Body).HasMaxLength(ForumLimits.MaxBody).IsRequired();
        b.Property(r => r.EditorId).HasColumnName("EditedBy");
        b.HasOne<ForumPost>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => r.PostId);
    }
}

internal sealed class ForumVoteConfiguration : IEntityTypeConfiguration<ForumVote>
{
    public void Configure(EntityTypeBuilder<ForumVote> b)
    {
        b.ToTable("forum_votes");
        b.HasKey(v => new { v.PostId, v.UserId });
        b.HasOne<ForumPost>().WithMany().HasForeignKey(v => v.PostId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(v => v.UserId);
    }
}

public static class ForumLimits
{
    /// <summary>Characters of Markdown in one post: long answers fit, a megabyte does not.</summary>
    public const int MaxBody = 20_000;
    public const int MaxTitle = 200;
    public const int MaxTags = 10;
    public const int MaxMentions = 10;
}
