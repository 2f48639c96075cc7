using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Resources.Data;

public enum ImportJobStatus
{
    Queued = 0,
    Running = 1,
    Done = 2,
    Failed = 3,
}

/// <summary>
/// A large import file waiting for, or being processed by, a background worker on any node. The uploaded
/// file is kept in the row so that every node can read it; the report is written when the job ends.
/// </summary>
public sealed class ImportJob
{
    public Guid Id { get; set; }
    /// <summary>"resource", "space" or "funding".</summary>
    public string Kind { get; set; } = "";
    public int? CityId { get; set; }
    public int? OrganisationId { get; set; }
    public bool DryRun { get; set; }
    public bool Publish { get; set; }
    /// <summary>The language of the person who uploaded the file: the report is written in it.</summary>
    public string Culture { get; set; } = "th";
    public ImportJobStatus Status { get; set; }
    public int Total { get; set; }
    public int Processed { get; set; }
    public int Imported { get; set; }
    public string? ReportJson { get; set; }
    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Until when the node that claimed the job holds it; an expired lock lets another node take over.</summary>
    public DateTime? LockedUntil { get; set; }
    public DateTime? FinishedAt { get; set; }
}

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.ToTable("resources_import_jobs");
        b.Property(j => j.Kind).HasMaxLength(20);
        b.Property(j => j.Culture).HasMaxLength(10);
        b.Property(j => j.FileName).HasMaxLength(300);
        b.HasIndex(j => new { j.Status, j.CreatedAt });
        b.HasIndex(j => j.CreatedBy);
    }
}
