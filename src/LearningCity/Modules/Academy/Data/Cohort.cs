using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Academy.Data;

/// <summary>
/// A group that follows a course together, between two dates, with its facilitators. Its places are seats of the
/// platform's one seat counter (kind <see cref="SeatKind"/>, docs/adr/0014-shared-seats.md); the cohort never counts them.
/// </summary>
public sealed class Cohort
{
    public const string SeatKind = "academy-cohort";

    public int Id { get; set; }
    public int CourseId { get; set; }
    public BilingualText Name { get; set; } = new();
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    /// <summary>As set on the seat counter when the cohort was made; the counter holds the live figure.</summary>
    public int Capacity { get; set; }
    /// <summary>The accounts that facilitate it, by id.</summary>
    public List<Guid> FacilitatorIds { get; set; } = [];
    public bool IsDemo { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> b)
    {
        b.ToTable("academy_cohorts");
        b.ComplexProperty(c => c.Name, n => n.MapBilingual(200));
        b.Property(c => c.FacilitatorIds).HasMaxLength(4000)
            .HasConversion(JsonColumn.Converter<List<Guid>>(), JsonColumn.Comparer<List<Guid>>());
        b.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.CourseId, c.StartsOn });
    }
}
