using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Assessment.Data;

/// <summary>An annual self-assessment round. Cities submit until the deadline (a Thai calendar day, inclusive).</summary>
public sealed class AssessmentCycle
{
    public int Id { get; set; }
    public int YearBe { get; set; }
    public BilingualText Name { get; set; } = new();
    public int FrameworkId { get; set; }
    public DateOnly Deadline { get; set; }
    public bool IsDemo { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum AssessmentStatus { Draft = 0, Submitted = 1, Returned = 2, Validated = 3 }

/// <summary>One city's self-assessment in one cycle.</summary>
public sealed class CityAssessment
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public int CityId { get; set; }
    public AssessmentStatus Status { get; set; }
    /// <summary>How many times it has been submitted.</summary>
    public int Revision { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public Guid? ReviewedBy { get; set; }
    public string? ReviewNote { get; set; }
    public double? OverallScore { get; set; }
    /// <summary>
    /// Set with the scores: the Booster participation figure the city confirmed, and the mean score of the other indicators
    /// of its focus area; stored so that the cycle's insights read one row per city.
    /// </summary>
    public decimal? BoosterParticipation { get; set; }
    public double? LearningParticipationScore { get; set; }
    /// <summary>Set with the scores: the overall index minus the city's validated index in the previous cycle (top improvers).</summary>
    public double? OverallChange { get; set; }
    public DateTime UpdatedAt { get; set; }
    public uint Version { get; set; }
    public List<AssessmentValue> Values { get; set; } = [];

    public bool IsEditable => Status is AssessmentStatus.Draft or AssessmentStatus.Returned;
}

/// <summary>Evidence for one value: an uploaded file (FileStore name) or a link.</summary>
public sealed record EvidenceItem(string? File, string? FileName, string? Url);

public sealed class AssessmentValue
{
    public long Id { get; set; }
    public int CityAssessmentId { get; set; }
    public int IndicatorId { get; set; }
    public decimal? Number { get; set; }
    public string? Text { get; set; }
    public string? Comment { get; set; }
    /// <summary>What the platform computed when the value was offered, and from where.</summary>
    public decimal? Prefilled { get; set; }
    public string? PrefillSource { get; set; }
    /// <summary>Why the coordinator entered something other than the pre-filled value.</summary>
    public string? OverrideReason { get; set; }
    public string? ReviewComment { get; set; }
    public List<EvidenceItem> Evidence { get; set; } = [];
    /// <summary>Normalised 0–100 score, set when the assessment is validated.</summary>
    public double? Score { get; set; }

    public bool HasValue => Number is not null || !string.IsNullOrWhiteSpace(Text);
}

/// <summary>A copy of the values kept at each submission, return and validation: every version stays readable.</summary>
public sealed class AssessmentRevision
{
    public int Id { get; set; }
    public int CityAssessmentId { get; set; }
    public int Revision { get; set; }
    public AssessmentStatus Status { get; set; }
    public string ValuesJson { get; set; } = "[]";
    public string? Note { get; set; }
    public Guid? By { get; set; }
    public DateTime At { get; set; }
}

public enum ScoreLevel { Overall = 0, Area = 1, FocusArea = 2 }

/// <summary>A validated assessment's weighted scores, one row per level and item, so dashboards never recompute from raw values.</summary>
public sealed class AssessmentScore
{
    public long Id { get; set; }
    public int CycleId { get; set; }
    public int CityId { get; set; }
    public int CityAssessmentId { get; set; }
    public ScoreLevel Level { get; set; }
    /// <summary>Area or focus-area id; 0 for the overall index.</summary>
    public int ItemId { get; set; }
    public double Score { get; set; }
}

/// <summary>
/// The national mean of one score (overall, an area or a focus area) over a cycle's validated assessments, stored
/// with the scores so that the national dashboard, insights and every city's comparison read a dozen rows.
/// </summary>
public sealed class NationalScore
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public ScoreLevel Level { get; set; }
    /// <summary>Area or focus-area id; 0 for the overall index.</summary>
    public int ItemId { get; set; }
    public double Mean { get; set; }
    /// <summary>How many validated cities have this score.</summary>
    public int Cities { get; set; }
}

internal sealed class AssessmentCycleConfiguration : IEntityTypeConfiguration<AssessmentCycle>
{
    public void Configure(EntityTypeBuilder<AssessmentCycle> b)
    {
        b.ToTable("assessment_cycles");
        b.ComplexProperty(c => c.Name, n => n.MapBilingual(300));
        b.HasIndex(c => c.YearBe).IsUnique();
        b.HasOne<IndicatorFramework>().WithMany().HasForeignKey(c => c.FrameworkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CityAssessmentConfiguration : IEntityTypeConfiguration<CityAssessment>
{
    public void Configure(EntityTypeBuilder<CityAssessment> b)
    {
        b.ToTable("assessment_city_assessments");
        b.Property(a => a.ReviewNote).HasMaxLength(4000);
        b.Property(a => a.BoosterParticipation).HasPrecision(18, 4);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.CycleId, a.CityId }).IsUnique();
        b.HasIndex(a => new { a.CycleId, a.Status });
        b.HasIndex(a => new { a.CycleId, a.OverallChange });
        b.HasOne<AssessmentCycle>().WithMany().HasForeignKey(a => a.CycleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<City>().WithMany().HasForeignKey(a => a.CityId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Values).WithOne().HasForeignKey(v => v.CityAssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(a => a.IsEditable);
    }
}

internal sealed class AssessmentValueConfiguration : IEntityTypeConfiguration<AssessmentValue>
{
    public void Configure(EntityTypeBuilder<AssessmentValue> b)
    {
        b.ToTable("assessment_values");
        b.Property(v => v.Number).HasPrecision(18, 4);
        b.Property(v => v.Prefilled).HasPrecision(18, 4);
        b.Property(v => v.Text).HasMaxLength(4000);
        b.Property(v => v.Comment).HasMaxLength(2000);
        b.Property(v => v.PrefillSource).HasMaxLength(60);
        b.Property(v => v.OverrideReason).HasMaxLength(1000);
        b.Property(v => v.ReviewComment).HasMaxLength(2000);
        b.Property(v => v.Evidence).HasConversion(JsonColumn.Converter<List<EvidenceItem>>(), JsonColumn.Comparer<List<EvidenceItem>>());
        b.HasIndex(v => new { v.CityAssessmentId, v.IndicatorId }).IsUnique();
        b.HasIndex(v => v.IndicatorId);
        b.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(v => v.HasValue);
    }
}

internal sealed class AssessmentRevisionConfiguration : IEntityTypeConfiguration<AssessmentRevision>
{
    public void Configure(EntityTypeBuilder<AssessmentRevision> b)
    {
        b.ToTable("assessment_revisions");
        b.Property(r => r.Note).HasMaxLength(4000);
        b.HasIndex(r => r.CityAssessmentId);
        b.HasOne<CityAssessment>().WithMany().HasForeignKey(r => r.CityAssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentScoreConfiguration : IEntityTypeConfiguration<AssessmentScore>
{
    public void Configure(EntityTypeBuilder<AssessmentScore> b)
    {
        b.ToTable("assessment_scores");
        b.HasIndex(s => new { s.CycleId, s.Level, s.ItemId });
        b.HasIndex(s => new { s.CityId, s.Level });
        b.HasOne<CityAssessment>().WithMany().HasForeignKey(s => s.CityAssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NationalScoreConfiguration : IEntityTypeConfiguration<NationalScore>
{
    public void Configure(EntityTypeBuilder<NationalScore> b)
    {
        b.ToTable("assessment_national_scores");
        b.HasIndex(s => new { s.CycleId, s.Level, s.ItemId }).IsUnique();
        b.HasOne<AssessmentCycle>().WithMany().HasForeignKey(s => s.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}
