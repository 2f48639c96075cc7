using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Academy.Data;

/// <summary>
/// The structure of a course as it was published, frozen: number 1 at the first publish, the next at each one after.
/// Enrolments (a later slice) point at a version, so a learner mid-course keeps the lessons they started with.
/// </summary>
public sealed class CourseVersion
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public int Number { get; set; }
    public DateTime PublishedAt { get; set; }
    /// <summary>The course, its modules and lessons as JSON (<c>CourseSnapshot</c>).</summary>
    public string Structure { get; set; } = "{}";
}

internal sealed class CourseVersionConfiguration : IEntityTypeConfiguration<CourseVersion>
{
    public void Configure(EntityTypeBuilder<CourseVersion> b)
    {
        b.ToTable("academy_course_versions");
        b.HasIndex(v => new { v.CourseId, v.Number }).IsUnique();
        b.HasOne<Course>().WithMany().HasForeignKey(v => v.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
