using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Identity.Data;

public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    /// <summary>"th" or "en": the language of e-mails and of the site after log-in.</summary>
    public string PreferredLanguage { get; set; } = "th";
    public string? ProvinceCode { get; set; }
    public int? BirthYear { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>When the person accepted the terms and the privacy notice (PDPA consent) at registration.</summary>
    public DateTime? TermsAcceptedAt { get; set; }
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() { }
    public AppRole(string name) : base(name) { }
}

/// <summary>A coordinator's right to act for one city.</summary>
public sealed class CityScope
{
    public Guid UserId { get; set; }
    public int CityId { get; set; }
    public DateTime GrantedAt { get; set; }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.Property(u => u.PreferredLanguage).HasMaxLength(5);
        b.Property(u => u.ProvinceCode).HasMaxLength(6);
    }
}

internal sealed class CityScopeConfiguration : IEntityTypeConfiguration<CityScope>
{
    public void Configure(EntityTypeBuilder<CityScope> b)
    {
        b.ToTable("identity_city_scopes");
        b.HasKey(s => new { s.UserId, s.CityId });
        b.HasIndex(s => s.CityId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
