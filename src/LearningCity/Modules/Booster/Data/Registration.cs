using LearningCity.Modules.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Booster.Data;

public enum RegistrationStatus
{
    Confirmed = 1,
    Waitlisted = 2,
    Cancelled = 3,
}

/// <summary>A learner's place (or place in the queue) in one session, and whether they came.</summary>
public sealed class Registration
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public int ActivityId { get; set; }
    /// <summary>Null once the learner has deleted their account: the row then counts only in anonymous totals.</summary>
    public Guid? UserId { get; set; }
    public RegistrationStatus Status { get; set; }
    /// <summary>The code on the ticket (QR), unique, checked at the door.</summary>
    public string TicketCode { get; set; } = "";
    /// <summary>Age group and province at registration, kept for anonymous output figures.</summary>
    public AgeGroup AgeGroup { get; set; }
    public string? ProvinceCode { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Order in the waitlist: the earliest is promoted first.</summary>
    public DateTime? WaitlistedAt { get; set; }
    public DateTime? PromotedAt { get; set; }
    public DateTime? CancelledAt { get; set; }
    public DateTime? AttendedAt { get; set; }
    public Guid? AttendanceMarkedBy { get; set; }
    /// <summary>
    /// Set when the learner deletes their account: a random key, the same on all of that learner's registrations and
    /// linked to nothing else, so that output figures still count them as one learner (not one per registration).
    /// </summary>
    public Guid? ErasedLearnerKey { get; set; }
    /// <summary>PDPA: the version of the notice the learner agreed to, and when.</summary>
    public string ConsentVersion { get; set; } = "";
    public DateTime ConsentedAt { get; set; }
    /// <summary>For a learner under 10: the guardian who consented.</summary>
    public string? GuardianName { get; set; }
    public string? GuardianContact { get; set; }
    public DateTime? GuardianConsentedAt { get; set; }
    public uint Version { get; set; }
}

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> b)
    {
        b.ToTable("booster_registrations");
        b.Property(r => r.TicketCode).HasMaxLength(32);
        b.Property(r => r.ProvinceCode).HasMaxLength(6);
        b.Property(r => r.ConsentVersion).HasMaxLength(32);
        b.Property(r => r.GuardianName).HasMaxLength(200);
        b.Property(r => r.GuardianContact).HasMaxLength(320);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => r.TicketCode).IsUnique();
        // One registration per person per session: a cancelled one is reused when they sign up again.
        b.HasIndex(r => new { r.SessionId, r.UserId }).IsUnique();
        b.HasIndex(r => new { r.SessionId, r.Status, r.WaitlistedAt });
        b.HasIndex(r => new { r.UserId, r.Status });
        b.HasIndex(r => r.ActivityId);
        b.HasOne<ActivitySession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
