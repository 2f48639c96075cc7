using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Cities.Data;

/// <summary>One of Thailand's six geographical regions.</summary>
public sealed class Region
{
    public string Code { get; set; } = "";
    public BilingualText Name { get; set; } = new();
    public int SortOrder { get; set; }
}

/// <summary>A province (or Bangkok), keyed by its ISO 3166-2:TH code, e.g. TH-50 for Chiang Mai.</summary>
public sealed class Province
{
    public string Code { get; set; } = "";
    public BilingualText Name { get; set; } = new();
    public string RegionCode { get; set; } = "";
}

public enum LocalGovernmentType
{
    BangkokMetropolitanAdministration = 1,
    PattayaCity = 2,
    ProvincialAdministrativeOrganisation = 3,
    CityMunicipality = 4,
    TownMunicipality = 5,
    SubdistrictMunicipality = 6,
    SubdistrictAdministrativeOrganisation = 7,
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.ToTable("cities_regions");
        b.HasKey(r => r.Code);
        b.Property(r => r.Code).HasMaxLength(20);
        b.ComplexProperty(r => r.Name, n => n.MapBilingual(200));
    }
}

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> b)
    {
        b.ToTable("cities_provinces");
        b.HasKey(p => p.Code);
        b.Property(p => p.Code).HasMaxLength(6);
        b.Property(p => p.RegionCode).HasMaxLength(20);
        b.ComplexProperty(p => p.Name, n => n.MapBilingual(200));
        b.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
