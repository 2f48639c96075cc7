using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Academy.Data;

public enum EnrolmentStatus
{
    /// <summary>Learning: lessons can be marked done.</summary>
    Active = 1,
    /// <summary>On a full cohort's waitlist; becomes Active when a place passes to them.</summary>
    Waitlisted = 2,
    /// <summary>Every lesson of the pinned version done; the certificate and the passport hours came with it.</summary>
    Completed = 3,
}

/// <summary>
/// A person following a course, self-paced or in a cohort. It pins the <see cref="CourseVersion"/> it started on, so
/// later edits and publishes never change the lessons under a learner; progress is kept per lesson id of that version.
/// </summary>
public sealed class Enrolment
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public int CourseVersionId { get; set; }
    public int VersionNumber { get; set; }
    /// <summary>Null once the learner erased their account (the figures stay, anonymous).</summary>
    public Guid? UserId { get; set; }
    public int? CohortId { get; set; }
    /// <summary>The city whose coordinator enrolled this person with the city team; null when they enrolled themselves.</summary>
    public int? CityId { get; set; }
    public Guid? EnrolledBy { get; set; }
    public EnrolmentStatus Status { get; set; }
    public DateTime EnrolledAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    /// <summary>The course's hours as the pinned version gave them, recorded at completion (the passport reads them).</summary>
    public decimal Hours { get; set; }
    /// <summary>The certificate issued at completion (Credentials module), by id.</summary>
    public Guid? CredentialId { get; set; }
    /// <summary>Bumped by each progress step first thing in its transaction, so steps of one enrolment run one after another.</summary>
    public int Steps { get; set; }
    public List<LessonProgress> Progress { get; set; } = [];
}

/// <summary>A lesson of the pinned version that the learner has done (a quiz: passed); at most once per lesson.</summary>
public sealed class LessonProgress
{
    public int Id { get; set; }
    public int EnrolmentId { get; set; }
    public int LessonId { get; set; }
    public DateTime DoneAt { get; set; }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> b)
    {
        b.ToTable("academy_enrolments");
        b.Property(e => e.Hours).HasPrecision(6, 1);
        b.HasOne<Course>().WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CourseVersion>().WithMany().HasForeignKey(e => e.CourseVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Cohort>().WithMany().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(e => e.Progress).WithOne().HasForeignKey(p => p.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        // One enrolment per person and course: enrolling twice, also at the same moment, is refused.
        b.HasIndex(e => new { e.CourseId, e.UserId }).IsUnique();
        b.HasIndex(e => e.UserId);
        b.HasIndex(e => new { e.CityId, e.CourseId });
    }
}

internal sealed class LessonProgressConfiguration : IEntityTypeConfiguration<LessonProgress>
{
    public void Configure(EntityTypeBuilder<LessonProgress> b)
    {
        b.ToTable("academy_lesson_progress");
        b.HasIndex(p => new { p.EnrolmentId, p.LessonId }).IsUnique();
    }
}
