using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Academy.Data;

/// <summary>The four capacities a city needs to carry out a lifelong-learning strategy; the catalogue is organised by them.</summary>
public enum CourseCapacity
{
    CurriculumDevelopment = 1,
    PedagogicalInnovation = 2,
    CommunityEngagement = 3,
    PolicyAdvocacy = 4,
}

/// <summary>Who a course is for; a course may have several.</summary>
[Flags]
public enum CourseAudience
{
    None = 0,
    CityExecutives = 1,
    Coordinators = 2,
    Facilitators = 4,
    Educators = 8,
    CommunityLeaders = 16,
    Citizens = 32,
}

public enum CourseStatus
{
    Draft = 0,
    Published = 1,
}

/// <summary>
/// A course of the Academy as its authors keep working on it. What learners will follow is a <see cref="CourseVersion"/>:
/// every publish freezes the structure into the next numbered version, so an edit never changes a course under a learner.
/// </summary>
public sealed class Course
{
    public int Id { get; set; }
    public BilingualText Title { get; set; } = new();
    public BilingualText Summary { get; set; } = new();
    public CourseCapacity Capacity { get; set; }
    public CourseAudience Audiences { get; set; }
    public decimal EstimatedHours { get; set; }
    public BilingualText Prerequisites { get; set; } = new();
    /// <summary>Codes of the assessment framework's indicators the course builds, e.g. "B2.3".</summary>
    public List<string> Indicators { get; set; } = [];
    public CourseStatus Status { get; set; }
    /// <summary>The number of the latest published version; 0 before the first publish.</summary>
    public int PublishedVersion { get; set; }
    public bool IsDemo { get; set; }
    /// <summary>The author's account; Guid.Empty once that account is deleted (admins then edit the course).</summary>
    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<CourseModule> Modules { get; set; } = [];
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> b)
    {
        b.ToTable("academy_courses");
        b.ComplexProperty(c => c.Title, n => n.MapBilingual(300));
        b.ComplexProperty(c => c.Summary, n => n.MapOptionalBilingual(4000));
        b.ComplexProperty(c => c.Prerequisites, n => n.MapOptionalBilingual(2000));
        b.Property(c => c.EstimatedHours).HasPrecision(6, 1);
        b.Property(c => c.Indicators).HasMaxLength(2000)
            .HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>());
        b.HasMany(c => c.Modules).WithOne().HasForeignKey(m => m.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.Status, c.Capacity });
        b.HasIndex(c => c.CreatedBy);
    }
}
