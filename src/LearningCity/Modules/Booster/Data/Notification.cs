using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Booster.Data;

public enum NotificationKind
{
    RegistrationConfirmed = 1,
    Waitlisted = 2,
    Reminder = 3,
    WaitlistPromoted = 4,
    SessionChanged = 5,
    SessionCancelled = 6,
    BadgeIssued = 7,
    // Kinds that other modules send through Public/PersonalNotices (the Academy, the Forum, mentoring between cities).
    CourseEnrolment = 8,
    CourseCompleted = 9,
    CohortSession = 10,
    ForumReply = 11,
    ForumMention = 12,
    ForumAnswerAccepted = 13,
    ForumModeration = 14,
    MentoringRequest = 15,
    MentoringUpdate = 16,
}

/// <summary>A message in a learner's in-app notification centre.</summary>
public sealed class Notification
{
    public long Id { get; set; }
    public Guid UserId { get; set; }
    public NotificationKind Kind { get; set; }
    public BilingualText Title { get; set; } = new();
    public BilingualText Body { get; set; } = new();
    /// <summary>A site-relative link to what the notification is about.</summary>
    public string? Link { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}

/// <summary>How a learner wants one kind of notification; no row means by e-mail and in the app.</summary>
public sealed class NotificationPreference
{
    public Guid UserId { get; set; }
    public NotificationKind Kind { get; set; }
    public bool Email { get; set; } = true;
    public bool InApp { get; set; } = true;
}

/// <summary>The secret behind a learner's private calendar feed URL; replacing it revokes the old URL.</summary>
public sealed class CalendarFeed
{
    public Guid UserId { get; set; }
    public string Token { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("booster_notifications");
        b.ComplexProperty(n => n.Title, n => n.MapBilingual(300));
        b.ComplexProperty(n => n.Body, n => n.MapOptionalBilingual(2000));
        b.Property(n => n.Link).HasMaxLength(500);
        b.HasIndex(n => new { n.UserId, n.CreatedAt });
        b.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.ToTable("booster_notification_preferences");
        b.HasKey(p => new { p.UserId, p.Kind });
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> b)
    {
        b.ToTable("booster_calendar_feeds");
        b.HasKey(f => f.UserId);
        b.Property(f => f.Token).HasMaxLength(64);
        b.HasIndex(f => f.Token).IsUnique();
        b.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
