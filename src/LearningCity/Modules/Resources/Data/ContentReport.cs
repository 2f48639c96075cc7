using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Resources.Data;

public enum ReportStatus
{
    Open = 0,
    Dismissed = 1,
    ContentRemoved = 2,
}

/// <summary>A signed-in person's report that an item is wrong, harmful or out of date.</summary>
public sealed class ContentReport
{
    public long Id { get; set; }
    /// <summary>"resource", "space" or "funding".</summary>
    public string ContentType { get; set; } = "";
    public int ContentId { get; set; }
    public Guid ReporterId { get; set; }
    public string Reason { get; set; } = "";
    public string? Details { get; set; }
    public ReportStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? ResolvedBy { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public string? ResolutionNote { get; set; }
}

internal sealed class ContentReportConfiguration : IEntityTypeConfiguration<ContentReport>
{
    public void Configure(EntityTypeBuilder<ContentReport> b)
    {
        b.ToTable("resources_content_reports");
        b.Property(r => r.ContentType).HasMaxLength(20);
        b.Property(r => r.Reason).HasMaxLength(50);
        b.Property(r => r.Details).HasMaxLength(2000);
        b.Property(r => r.ResolutionNote).HasMaxLength(2000);
        b.HasIndex(r => new { r.Status, r.CreatedAt });
        b.HasIndex(r => new { r.ContentType, r.ContentId });
        // One open report per person and item, even when two of their reports arrive at once.
        b.HasIndex(r => new { r.ContentType, r.ContentId, r.ReporterId }).IsUnique().HasFilter("\"Status\" = 0");
    }
}
