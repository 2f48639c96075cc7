using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Identity.Data;

/// <summary>A partner organisation (university, foundation, library network ...) that publishes content.</summary>
public sealed class Organisation
{
    public int Id { get; set; }
    public BilingualText Name { get; set; } = new();
    public string? Website { get; set; }
    public bool IsDemo { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Goes up by one with each saved edit, so an edit made on an older copy is refused.</summary>
    public uint Version { get; set; } = 1;
}

/// <summary>An organizer's right to publish for one organisation.</summary>
public sealed class OrganisationMembership
{
    public Guid UserId { get; set; }
    public int OrganisationId { get; set; }
    public DateTime GrantedAt { get; set; }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.ToTable("identity_organisations");
        b.ComplexProperty(o => o.Name, n => n.MapBilingual(300));
        b.Property(o => o.Website).HasMaxLength(500);
        b.Property(o => o.Version).IsConcurrencyToken().HasDefaultValue(1u);
        // A unique index on Name_Th ("IX_identity_organisations_Name_Th") is made by the OrganisationVersionAndUniqueName
        // migrations in SQL: EF Core cannot declare an index on a column of a complex property.
    }
}

internal sealed class OrganisationMembershipConfiguration : IEntityTypeConfiguration<OrganisationMembership>
{
    public void Configure(EntityTypeBuilder<OrganisationMembership> b)
    {
        b.ToTable("identity_organisation_memberships");
        b.HasKey(m => new { m.UserId, m.OrganisationId });
        b.HasIndex(m => m.OrganisationId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
