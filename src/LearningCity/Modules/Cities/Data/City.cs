using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Cities.Data;

public enum CityStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}

/// <summary>A local government's learning-city profile.</summary>
public sealed class City
{
    public int Id { get; set; }
    public BilingualText Name { get; set; } = new();
    public LocalGovernmentType LocalGovernmentType { get; set; }
    public string ProvinceCode { get; set; } = "";
    public int? Population { get; set; }
    public decimal? AreaKm2 { get; set; }
    public string? LeaderName { get; set; }
    public string? LeaderTitle { get; set; }
    public string? CoordinatorName { get; set; }
    public string? CoordinatorEmail { get; set; }
    public string? CoordinatorPhone { get; set; }
    public BilingualText Vision { get; set; } = new();
    public BilingualText Background { get; set; } = new();
    public BilingualText Challenges { get; set; } = new();
    public BilingualText Opportunities { get; set; } = new();
    public string? Website { get; set; }
    /// <summary>Gregorian year the city joined the national network (shown in the Buddhist Era in Thai).</summary>
    public int? JoinedNetworkYear { get; set; }
    public int? UnescoGnlcMemberSince { get; set; }
    public string? LogoFile { get; set; }
    public CityStatus Status { get; set; }
    public bool IsDemo { get; set; }
    public Guid? ProposedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public uint Version { get; set; }
}

internal sealed class CityConfiguration : IEntityTypeConfiguration<City>
{
    public void Configure(EntityTypeBuilder<City> b)
    {
        b.ToTable("cities_learning_cities");
        b.ComplexProperty(c => c.Name, n => n.MapBilingual(200));
        b.ComplexProperty(c => c.Vision, n => n.MapOptionalBilingual(2000));
        b.ComplexProperty(c => c.Background, n => n.MapOptionalBilingual(8000));
        b.ComplexProperty(c => c.Challenges, n => n.MapOptionalBilingual(4000));
        b.ComplexProperty(c => c.Opportunities, n => n.MapOptionalBilingual(4000));
        b.Property(c => c.ProvinceCode).HasMaxLength(6);
        b.Property(c => c.AreaKm2).HasPrecision(12, 2);
        b.Property(c => c.LeaderName).HasMaxLength(200);
        b.Property(c => c.LeaderTitle).HasMaxLength(200);
        b.Property(c => c.CoordinatorName).HasMaxLength(200);
        b.Property(c => c.CoordinatorEmail).HasMaxLength(320);
        b.Property(c => c.CoordinatorPhone).HasMaxLength(50);
        b.Property(c => c.Website).HasMaxLength(500);
        b.Property(c => c.LogoFile).HasMaxLength(200);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne<Province>().WithMany().HasForeignKey(c => c.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.Status, c.ProvinceCode });
        b.HasIndex(c => c.LocalGovernmentType);
    }
}
