using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Academy.Data;

/// <summary>A part of a course: an ordered list of lessons.</summary>
public sealed class CourseModule
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    /// <summary>0-based order within the course.</summary>
    public int Position { get; set; }
    public BilingualText Title { get; set; } = new();
    public List<Lesson> Lessons { get; set; } = [];
}

internal sealed class CourseModuleConfiguration : IEntityTypeConfiguration<CourseModule>
{
    public void Configure(EntityTypeBuilder<CourseModule> b)
    {
        b.ToTable("academy_course_modules");
        b.ComplexProperty(m => m.Title, n => n.MapBilingual(300));
        b.HasMany(m => m.Lessons).WithOne().HasForeignKey(l => l.ModuleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.CourseId, m.Position });
    }
}
