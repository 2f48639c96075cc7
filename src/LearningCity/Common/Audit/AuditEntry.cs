using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Common.Audit;

/// <summary>Who acted: the platform itself, an account (by id), or an account that has since been deleted.</summary>
public enum AuditActorKind { System = 0, Account = 1, DeletedAccount = 2 }

/// <summary>
/// Who changed what, when, with the state before and after (JSON). The actor is kept by account id only, never by
/// e-mail or name, so that deleting the account can anonymise it while the entry, its action and its time stay.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public AuditActorKind ActorKind { get; set; }
    public Guid? ActorId { get; set; }
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("common_audit_entries");
        b.Property(e => e.Action).HasMaxLength(100);
        b.Property(e => e.EntityType).HasMaxLength(100);
        b.Property(e => e.EntityId).HasMaxLength(100);
        b.HasIndex(e => e.At);
        b.HasIndex(e => new { e.EntityType, e.EntityId });
        b.HasIndex(e => e.ActorId);
    }
}
