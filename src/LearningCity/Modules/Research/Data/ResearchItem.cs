using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Research.Data;

public enum ResearchType
{
    Report = 1,
    Paper = 2,
    PolicyBrief = 3,
    Dataset = 4,
    CaseStudy = 5,
}

/// <summary>A report, paper, policy brief, dataset or case study about learning cities, kept by the researcher who added it.</summary>
public sealed class ResearchItem
{
    public int Id { get; set; }
    public BilingualText Title { get; set; } = new();
    public BilingualText Abstract { get; set; } = new();
    /// <summary>Names as they appear on the work, in its order.</summary>
    public List<string> Authors { get; set; } = [];
    /// <summary>Gregorian; shown in the Buddhist Era in Thai.</summary>
    public int Year { get; set; }
    public ResearchType Type { get; set; }
    /// <summary>The bare DOI ("10.1234/abc"), without a resolver prefix.</summary>
    public string? Doi { get; set; }
    public string? Url { get; set; }
    public string? FileName { get; set; }
    public string? FileOriginalName { get; set; }
    /// <summary>Codes of the assessment framework's indicators the work addresses, e.g. "B2.3".</summary>
    public List<string> Indicators { get; set; } = [];
    /// <summary>One of the content licences (Resources/Public/ContentLicences).</summary>
    public string Licence { get; set; } = ContentLicences.Default;
    public PublicationStatus Status { get; set; }
    public bool IsDemo { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public uint Version { get; set; }
    public List<ResearchKeyword> Keywords { get; set; } = [];
    public List<ResearchItemCity> Cities { get; set; } = [];
}

/// <summary>A keyword of an item; a row of its own so the list can be filtered by it.</summary>
public sealed class ResearchKeyword
{
    public int ResearchItemId { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>A learning city the work covers (a city id of the Cities module).</summary>
public sealed class ResearchItemCity
{
    public int ResearchItemId { get; set; }
    public int CityId { get; set; }
}

internal sealed class ResearchItemConfiguration : IEntityTypeConfiguration<ResearchItem>
{
    public void Configure(EntityTypeBuilder<ResearchItem> b)
    {
        b.ToTable("research_items");
        b.ComplexProperty(r => r.Title, n => n.MapBilingual(500));
        b.ComplexProperty(r => r.Abstract, n => n.MapOptionalBilingual(10_000));
        b.Property(r => r.Authors).HasMaxLength(10_000)
            .HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>());
        b.Property(r => r.Indicators).HasMaxLength(2000)
            .HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>());
        b.Property(r => r.Doi).HasMaxLength(200);
        b.Property(r => r.Url).HasMaxLength(1000);
        b.Property(r => r.FileName).HasMaxLength(200);
        b.Property(r => r.FileOriginalName).HasMaxLength(300);
        b.Property(r => r.Licence).HasMaxLength(50);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasMany(r => r.Keywords).WithOne().HasForeignKey(k => k.ResearchItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Cities).WithOne().HasForeignKey(c => c.ResearchItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.Status, r.Year });
        b.HasIndex(r => r.CreatedBy);
    }
}

internal sealed class ResearchKeywordConfiguration : IEntityTypeConfiguration<ResearchKeyword>
{
    public void Configure(EntityTypeBuilder<ResearchKeyword> b)
    {
        b.ToTable("research_keywords");
        b.HasKey(k => new { k.ResearchItemId, k.Position });
        b.Property(k => k.Text).HasMaxLength(100);
        b.HasIndex(k => k.Text);
    }
}

internal sealed class ResearchItemCityConfiguration : IEntityTypeConfiguration<ResearchItemCity>
{
    public void Configure(EntityTypeBuilder<ResearchItemCity> b)
    {
        b.ToTable("research_item_cities");
        b.HasKey(c => new { c.ResearchItemId, c.CityId });
        // Cities belong to another module: referred to by id, indexed for the city profile's list.
        b.HasIndex(c => c.CityId);
    }
}
