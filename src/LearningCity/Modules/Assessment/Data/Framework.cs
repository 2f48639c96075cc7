using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Assessment.Data;

public enum FrameworkStatus { Draft = 0, Published = 1 }

public enum IndicatorValueType { Number = 0, Percentage = 1, YesNo = 2, Scale = 3, Text = 4 }

public enum IndicatorDirection { HigherIsBetter = 0, LowerIsBetter = 1 }

/// <summary>One version of the indicator framework. Once published it never changes; a cycle uses exactly one version.</summary>
public sealed class IndicatorFramework
{
    public int Id { get; set; }
    public int VersionNumber { get; set; }
    public BilingualText Name { get; set; } = new();
    public FrameworkStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public bool IsDemo { get; set; }
    public uint Version { get; set; }
    public List<FrameworkArea> Areas { get; set; } = [];

    public IEnumerable<Indicator> Indicators => Areas.SelectMany(a => a.FocusAreas).SelectMany(f => f.Indicators);
}

/// <summary>A top-level area (wider benefits, building blocks, fundamental conditions).</summary>
public sealed class FrameworkArea
{
    public int Id { get; set; }
    public int FrameworkId { get; set; }
    public string Code { get; set; } = "";
    public BilingualText Name { get; set; } = new();
    public double Weight { get; set; } = 1;
    public int SortOrder { get; set; }
    public List<FocusArea> FocusAreas { get; set; } = [];
}

public sealed class FocusArea
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public string Code { get; set; } = "";
    public BilingualText Name { get; set; } = new();
    public double Weight { get; set; } = 1;
    public int SortOrder { get; set; }
    public List<Indicator> Indicators { get; set; } = [];
}

public sealed class Indicator
{
    public int Id { get; set; }
    public int FocusAreaId { get; set; }
    public string Code { get; set; } = "";
    public BilingualText Name { get; set; } = new();
    public BilingualText Guidance { get; set; } = new();
    public IndicatorValueType ValueType { get; set; }
    public string? Unit { get; set; }
    public IndicatorDirection Direction { get; set; }
    /// <summary>Optional target levels: the value that scores 0 and the value that scores 100. Without them, scores are min–max across cities.</summary>
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public double Weight { get; set; } = 1;
    public bool Required { get; set; } = true;
    public bool EvidenceRequired { get; set; }
    /// <summary>A figure the platform can compute for the city (see PlatformFigures), offered pre-filled.</summary>
    public string? PlatformSource { get; set; }
    public int SortOrder { get; set; }
}

internal sealed class IndicatorFrameworkConfiguration : IEntityTypeConfiguration<IndicatorFramework>
{
    public void Configure(EntityTypeBuilder<IndicatorFramework> b)
    {
        b.ToTable("assessment_frameworks");
        b.ComplexProperty(f => f.Name, n => n.MapBilingual(300));
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasIndex(f => f.VersionNumber).IsUnique();
        b.HasMany(f => f.Areas).WithOne().HasForeignKey(a => a.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(f => f.Indicators);
    }
}

internal sealed class FrameworkAreaConfiguration : IEntityTypeConfiguration<FrameworkArea>
{
    public void Configure(EntityTypeBuilder<FrameworkArea> b)
    {
        b.ToTable("assessment_areas");
        b.ComplexProperty(a => a.Name, n => n.MapBilingual(300));
        b.Property(a => a.Code).HasMaxLength(20);
        b.HasIndex(a => new { a.FrameworkId, a.Code }).IsUnique();
        b.HasMany(a => a.FocusAreas).WithOne().HasForeignKey(f => f.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FocusAreaConfiguration : IEntityTypeConfiguration<FocusArea>
{
    public void Configure(EntityTypeBuilder<FocusArea> b)
    {
        b.ToTable("assessment_focus_areas");
        b.ComplexProperty(f => f.Name, n => n.MapBilingual(300));
        b.Property(f => f.Code).HasMaxLength(20);
        b.HasMany(f => f.Indicators).WithOne().HasForeignKey(i => i.FocusAreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        b.ToTable("assessment_indicators");
        b.ComplexProperty(i => i.Name, n => n.MapBilingual(500));
        b.ComplexProperty(i => i.Guidance, n => n.MapOptionalBilingual(4000));
        b.Property(i => i.Code).HasMaxLength(20);
        b.Property(i => i.Unit).HasMaxLength(100);
        b.Property(i => i.PlatformSource).HasMaxLength(60);
        b.Property(i => i.Baseline).HasPrecision(18, 4);
        b.Property(i => i.Target).HasPrecision(18, 4);
        b.HasIndex(i => new { i.FocusAreaId, i.Code }).IsUnique();
    }
}
