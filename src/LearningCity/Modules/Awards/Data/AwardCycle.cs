using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Awards.Data;

/// <summary>Where a cycle stands; computed from its dates (Thai calendar days, inclusive) and its lock and publication.</summary>
public enum AwardPhase { Upcoming = 0, Open = 1, Judging = 2, Locked = 3, Published = 4 }

/// <summary>
/// One round of the Thailand Learning City Awards: its timeline, eligibility rules, categories and weighted
/// criteria. Dates are Thai calendar days; the call closes at the end of <see cref="CallCloses"/> Thai time.
/// </summary>
public sealed class AwardCycle
{
    public int Id { get; set; }
    public int YearBe { get; set; }
    public BilingualText Name { get; set; } = new();
    public BilingualText Description { get; set; } = new();
    public DateOnly CallOpens { get; set; }
    public DateOnly CallCloses { get; set; }
    public DateOnly JudgingEnds { get; set; }
    public DateOnly AnnouncementOn { get; set; }
    /// <summary>Eligibility: a validated self-assessment in this assessment cycle (none: not required).</summary>
    public int? AssessmentCycleId { get; set; }
    /// <summary>Eligibility: cities that won in any of this many previous years (by Buddhist-Era year) may not apply; 0 for none.</summary>
    public int PastWinnerExclusionYears { get; set; }
    /// <summary>Judges see applications without the city's name, logo or province.</summary>
    public bool BlindReview { get; set; }
    /// <summary>A judge sees the other judges' scores of an application only after submitting their own.</summary>
    public bool HideOtherScoresUntilSubmitted { get; set; } = true;
    /// <summary>How many judges automatic assignment gives each application.</summary>
    public int JudgesPerApplication { get; set; } = 2;
    /// <summary>Judges whose weighted scores of one application differ by more than this many points (0–100) are flagged.</summary>
    public double DisagreementThreshold { get; set; } = 25;
    /// <summary>The credential achievement winners receive (Credentials module); created when results are published.</summary>
    public int? AchievementId { get; set; }
    public DateTime? LockedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public bool IsDemo { get; set; }
    public DateTime CreatedAt { get; set; }
    public uint Version { get; set; }
    public List<AwardCategory> Categories { get; set; } = [];
    public List<AwardCriterion> Criteria { get; set; } = [];

    public AwardPhase PhaseOn(DateOnly thaiToday) =>
        PublishedAt is not null ? AwardPhase.Published
        : LockedAt is not null ? AwardPhase.Locked
        : thaiToday < CallOpens ? AwardPhase.Upcoming
        : thaiToday <= CallCloses ? AwardPhase.Open
        : AwardPhase.Judging;
}

public enum CategoryKind { LocalGovernmentType = 0, Size = 1, Special = 2 }

/// <summary>A category of a cycle: by local government type, by population size, or a special award open to every city.</summary>
public sealed class AwardCategory
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public string Code { get; set; } = "";
    public BilingualText Name { get; set; } = new();
    public BilingualText Description { get; set; } = new();
    public CategoryKind Kind { get; set; }
    /// <summary>For <see cref="CategoryKind.LocalGovernmentType"/>: the types that may apply.</summary>
    public List<LocalGovernmentType> LocalGovernmentTypes { get; set; } = [];
    /// <summary>For <see cref="CategoryKind.Size"/>: population bounds (inclusive minimum, exclusive maximum).</summary>
    public int? MinPopulation { get; set; }
    public int? MaxPopulation { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>One level of a criterion's rubric: the score a judge gives and what it means.</summary>
public sealed record RubricLevel(int Score, string Th, string? En);

/// <summary>A judging criterion: what the application narrates and judges score on its rubric, with its weight.</summary>
public sealed class AwardCriterion
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public string Code { get; set; } = "";
    public BilingualText Name { get; set; } = new();
    public BilingualText Guidance { get; set; } = new();
    public double Weight { get; set; } = 1;
    /// <summary>Most words the narrative of this criterion may have (Thai words counted by the word breaker).</summary>
    public int WordLimit { get; set; } = 500;
    public List<RubricLevel> Rubric { get; set; } = [];
    public int SortOrder { get; set; }

    public int MaxScore => Rubric.Count == 0 ? 0 : Rubric.Max(r => r.Score);
}

internal sealed class AwardCycleConfiguration : IEntityTypeConfiguration<AwardCycle>
{
    public void Configure(EntityTypeBuilder<AwardCycle> b)
    {
        b.ToTable("awards_cycles");
        b.ComplexProperty(c => c.Name, n => n.MapBilingual(300));
        b.ComplexProperty(c => c.Description, n => n.MapBilingual(4000));
        b.HasIndex(c => c.YearBe).IsUnique();
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasMany(c => c.Categories).WithOne().HasForeignKey(c => c.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Criteria).WithOne().HasForeignKey(c => c.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AwardCategoryConfiguration : IEntityTypeConfiguration<AwardCategory>
{
    public void Configure(EntityTypeBuilder<AwardCategory> b)
    {
        b.ToTable("awards_categories");
        b.Property(c => c.Code).HasMaxLength(40);
        b.ComplexProperty(c => c.Name, n => n.MapBilingual(300));
        b.ComplexProperty(c => c.Description, n => n.MapBilingual(2000));
        b.Property(c => c.LocalGovernmentTypes).HasConversion(JsonColumn.Converter<List<LocalGovernmentType>>(), JsonColumn.Comparer<List<LocalGovernmentType>>());
        b.HasIndex(c => new { c.CycleId, c.Code }).IsUnique();
    }
}

internal sealed class AwardCriterionConfiguration : IEntityTypeConfiguration<AwardCriterion>
{
    public void Configure(EntityTypeBuilder<AwardCriterion> b)
    {
        b.ToTable("awards_criteria");
        b.Property(c => c.Code).HasMaxLength(40);
        b.ComplexProperty(c => c.Name, n => n.MapBilingual(300));
        b.ComplexProperty(c => c.Guidance, n => n.MapBilingual(2000));
        b.Property(c => c.Rubric).HasConversion(JsonColumn.Converter<List<RubricLevel>>(), JsonColumn.Comparer<List<RubricLevel>>());
        b.HasIndex(c => new { c.CycleId, c.Code }).IsUnique();
        b.Ignore(c => c.MaxScore);
    }
}
