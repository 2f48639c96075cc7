using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Booster.Data;

public enum SessionStatus
{
    Scheduled = 0,
    Cancelled = 1,
}

/// <summary>One meeting of an activity: a date and time with a number of seats.</summary>
public sealed class ActivitySession
{
    public int Id { get; set; }
    public int ActivityId { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public int Capacity { get; set; }
    /// <summary>
    /// Seats taken by confirmed registrations. Changed only by a conditional UPDATE
    /// (<c>ConfirmedCount &lt; Capacity</c>), which is what keeps concurrent sign-ups from overbooking.
    /// </summary>
    public int ConfirmedCount { get; set; }
    public SessionStatus Status { get; set; }
    public DateTime? CancelledAt { get; set; }
    /// <summary>Set when the day-before reminders have been queued, so each is sent once.</summary>
    public DateTime? RemindersSentAt { get; set; }

    public double Hours => (EndsAt - StartsAt).TotalHours;
}

internal sealed class ActivitySessionConfiguration : IEntityTypeConfiguration<ActivitySession>
{
    public void Configure(EntityTypeBuilder<ActivitySession> b)
    {
        b.ToTable("booster_sessions");
        b.Ignore(s => s.Hours);
        b.HasIndex(s => new { s.ActivityId, s.StartsAt });
        b.HasIndex(s => s.StartsAt);
    }
}
