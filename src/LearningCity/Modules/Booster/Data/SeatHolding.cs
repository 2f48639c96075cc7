using LearningCity.Modules.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Booster.Data;

public enum SeatHoldingStatus
{
    Confirmed = 1,
    Waitlisted = 2,
    Released = 3,
}

/// <summary>
/// The places of a thing whose seats the seat contract stores itself (an Academy cohort, a Festival session; Booster
/// sessions keep theirs in <see cref="ActivitySession"/>). <see cref="Taken"/> changes only by a conditional UPDATE
/// (<c>Taken &lt; Capacity</c>), which keeps simultaneous takes from overbooking.
/// </summary>
public sealed class SeatPool
{
    public string Kind { get; set; } = "";
    public int ItemId { get; set; }
    public int Capacity { get; set; }
    public int Taken { get; set; }
}

/// <summary>A person's place, or place in the queue, in a <see cref="SeatPool"/>; a released one is reused when they come back.</summary>
public sealed class SeatHolding
{
    public int Id { get; set; }
    public string Kind { get; set; } = "";
    public int ItemId { get; set; }
    /// <summary>Null once the holder has deleted their account: the place still counts, anonymously.</summary>
    public Guid? HolderUserId { get; set; }
    public SeatHoldingStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Order in the waitlist: the earliest (then the lowest id) moves up first.</summary>
    public DateTime? WaitlistedAt { get; set; }
    public DateTime? PromotedAt { get; set; }
    public DateTime? ReleasedAt { get; set; }
}

internal sealed class SeatPoolConfiguration : IEntityTypeConfiguration<SeatPool>
{
    public void Configure(EntityTypeBuilder<SeatPool> b)
    {
        b.ToTable("booster_seat_pools");
        b.HasKey(p => new { p.Kind, p.ItemId });
        b.Property(p => p.Kind).HasMaxLength(40);
    }
}

internal sealed class SeatHoldingConfiguration : IEntityTypeConfiguration<SeatHolding>
{
    public void Configure(EntityTypeBuilder<SeatHolding> b)
    {
        b.ToTable("booster_seat_holdings");
        b.Property(h => h.Kind).HasMaxLength(40);
        // One holding per person per thing: a second take at the same moment fails here.
        b.HasIndex(h => new { h.Kind, h.ItemId, h.HolderUserId }).IsUnique();
        b.HasIndex(h => new { h.Kind, h.ItemId, h.Status, h.WaitlistedAt });
        b.HasIndex(h => h.HolderUserId);
        b.HasOne<SeatPool>().WithMany().HasForeignKey(h => new { h.Kind, h.ItemId }).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(h => h.HolderUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
