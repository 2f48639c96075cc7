using LearningCity.Modules.Resources.Public;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Resources.Data;

[Flags]
public enum EligibleApplicant
{
    None = 0,
    LocalGovernments = 1,
    Schools = 2,
    Ngos = 4,
    CommunityGroups = 8,
    Individuals = 16,
}

/// <summary>A grant programme that learning-city work can apply to.</summary>
public sealed class FundingSource : IEditableItem
{
    public int Id { get; set; }
    public BilingualText Funder { get; set; } = new();
    public BilingualText Programme { get; set; } = new();
    public BilingualText Description { get; set; } = new();
    public decimal? AmountMinBaht { get; set; }
    public decimal? AmountMaxBaht { get; set; }
    public EligibleApplicant EligibleApplicants { get; set; }
    /// <summary>Local government types that may apply, when LocalGovernments is eligible; empty means all.</summary>
    public List<int> EligibleLocalGovernmentTypes { get; set; } = [];
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
    public string? LinkUrl { get; set; }
    public int? CityId { get; set; }
    public int? OrganisationId { get; set; }
    public PublicationStatus Status { get; set; }
    public bool IsDemo { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public uint Version { get; set; }

    /// <summary>Open for applications on the given day (no dates means always open).</summary>
    public bool IsOpenOn(DateOnly day) => (OpensOn is null || OpensOn <= day) && (ClosesOn is null || day <= ClosesOn);
}

internal sealed class FundingSourceConfiguration : IEntityTypeConfiguration<FundingSource>
{
    public void Configure(EntityTypeBuilder<FundingSource> b)
    {
        b.ToTable("resources_funding_sources");
        b.ComplexProperty(f => f.Funder, n => n.MapBilingual(300));
        b.ComplexProperty(f => f.Programme, n => n.MapBilingual(300));
        b.ComplexProperty(f => f.Description, n => n.MapOptionalBilingual(8000));
        b.Property(f => f.AmountMinBaht).HasPrecision(14, 2);
        b.Property(f => f.AmountMaxBaht).HasPrecision(14, 2);
        b.Property(f => f.EligibleLocalGovernmentTypes).HasConversion(JsonColumn.Converter<List<int>>(), JsonColumn.Comparer<List<int>>());
        b.Property(f => f.LinkUrl).HasMaxLength(1000);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasIndex(f => new { f.Status, f.ClosesOn });
    }
}
