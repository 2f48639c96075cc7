using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Awards.Data;

public enum ApplicationStatus { Draft = 0, Submitted = 1, Withdrawn = 2 }

public enum AwardOutcome { None = 0, Winner = 1, HonourableMention = 2 }

/// <summary>The city's narrative for one criterion.</summary>
public sealed record CriterionNarrative(int CriterionId, string Text);

/// <summary>Evidence for the application or one criterion: an uploaded file (FileStore name) or a link.</summary>
public sealed record AwardEvidence(int? CriterionId, string? File, string? FileName, string? Url);

/// <summary>
/// A fact about the city shown with the application. <see cref="Source"/> names where the platform computed it
/// (learning spaces, Booster activities, assessment score); a fact the city typed has no source.
/// </summary>
public sealed record ApplicationFact(string Key, decimal? Value, string? Source, DateTime? ComputedAt);

/// <summary>A city's application to one category of an award cycle, and the panel's decision on it.</summary>
public sealed class AwardApplication
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public int CategoryId { get; set; }
    public int CityId { get; set; }
    public ApplicationStatus Status { get; set; }
    public List<CriterionNarrative> Narratives { get; set; } = [];
    public List<AwardEvidence> Evidence { get; set; } = [];
    public List<ApplicationFact> Facts { get; set; } = [];
    /// <summary>The mayor's (chief executive's) endorsement: name, title and the signed letter.</summary>
    public string? MayorName { get; set; }
    public string? MayorTitle { get; set; }
    public string? EndorsementFile { get; set; }
    public DateTime? EndorsedAt { get; set; }
    /// <summary>The city agrees that its application may be published if it wins.</summary>
    public bool ConsentToPublish { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public bool Shortlisted { get; set; }
    public AwardOutcome Outcome { get; set; }
    /// <summary>Why the panel decided so; for winners, the public citation.</summary>
    public string? Rationale { get; set; }
    public DateTime? DecidedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    /// <summary>The Open Badges credential issued to a winning city when results were published.</summary>
    public Guid? CredentialId { get; set; }
    public bool IsDemo { get; set; }
    public uint Version { get; set; }

    public bool IsEditable => Status == ApplicationStatus.Draft;
}

internal sealed class AwardApplicationConfiguration : IEntityTypeConfiguration<AwardApplication>
{
    public void Configure(EntityTypeBuilder<AwardApplication> b)
    {
        b.ToTable("awards_applications");
        b.Property(a => a.Narratives).HasConversion(JsonColumn.Converter<List<CriterionNarrative>>(), JsonColumn.Comparer<List<CriterionNarrative>>());
        b.Property(a => a.Evidence).HasConversion(JsonColumn.Converter<List<AwardEvidence>>(), JsonColumn.Comparer<List<AwardEvidence>>());
        b.Property(a => a.Facts).HasConversion(JsonColumn.Converter<List<ApplicationFact>>(), JsonColumn.Comparer<List<ApplicationFact>>());
        b.Property(a => a.MayorName).HasMaxLength(200);
        b.Property(a => a.MayorTitle).HasMaxLength(200);
        b.Property(a => a.EndorsementFile).HasMaxLength(200);
        b.Property(a => a.Rationale).HasMaxLength(4000);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.CycleId, a.CategoryId, a.CityId }).IsUnique();
        b.HasIndex(a => a.CityId);
        b.HasOne<AwardCycle>().WithMany().HasForeignKey(a => a.CycleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardCategory>().WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<City>().WithMany().HasForeignKey(a => a.CityId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(a => a.IsEditable);
    }
}
