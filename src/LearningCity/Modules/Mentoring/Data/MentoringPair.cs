using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Mentoring.Data;

/// <summary>Proposed → Active → Completed; a proposal may be Declined by the other city or Withdrawn by either.</summary>
public enum PairStatus
{
    Proposed = 0,
    Active = 1,
    Completed = 2,
    Declined = 3,
    Withdrawn = 4,
}

public enum PairSide
{
    Mentor = 0,
    Mentee = 1,
}

/// <summary>
/// An experienced learning city mentoring a newer one on some assessment indicators. The city that asked waits for the
/// other city's coordinators to accept. Cities are referred to by id only (they belong to the Cities module).
/// </summary>
public sealed class MentoringPair
{
    public int Id { get; set; }
    public int MentorCityId { get; set; }
    public int MenteeCityId { get; set; }
    /// <summary>Which side asked; the other side's coordinators accept or decline.</summary>
    public PairSide RequestedBySide { get; set; }
    /// <summary>Codes of the assessment framework's indicators the pair works on, e.g. "B2.3".</summary>
    public List<string> Indicators { get; set; } = [];
    public BilingualText Goals { get; set; } = new();
    public PairStatus Status { get; set; }
    public bool IsDemo { get; set; }
    /// <summary>The account that asked; Guid.Empty once that account is deleted.</summary>
    public Guid RequestedBy { get; set; }
    public DateTime RequestedAt { get; set; }
    public Guid? RespondedBy { get; set; }
    public DateTime? RespondedAt { get; set; }
    /// <summary>When the pair ended (completed, declined or withdrawn): a recent pair still bars judging for a while.</summary>
    public DateTime? EndedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public uint Version { get; set; }
    public List<MentoringPerson> People { get; set; } = [];
    public List<MentoringMeeting> Meetings { get; set; } = [];
    public List<MentoringNote> Notes { get; set; } = [];

    public bool IsLive => Status is PairStatus.Proposed or PairStatus.Active;
    public int CityOf(PairSide side) => side == PairSide.Mentor ? MentorCityId : MenteeCityId;
    public PairSide Responding => RequestedBySide == PairSide.Mentor ? PairSide.Mentee : PairSide.Mentor;
}

/// <summary>A named person of one side of the pair (an account of the platform).</summary>
public sealed class MentoringPerson
{
    public int Id { get; set; }
    public int PairId { get; set; }
    public Guid UserId { get; set; }
    public PairSide Side { get; set; }
    public DateTime AddedAt { get; set; }
}

/// <summary>A meeting of the pair: its Thai calendar day and what was discussed (private to the pair).</summary>
public sealed class MentoringMeeting
{
    public int Id { get; set; }
    public int PairId { get; set; }
    public DateOnly Date { get; set; }
    public string Notes { get; set; } = "";
    public Guid RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }
}

/// <summary>A note between meetings (private to the pair).</summary>
public sealed class MentoringNote
{
    public int Id { get; set; }
    public int PairId { get; set; }
    public string Text { get; set; } = "";
    public Guid WrittenBy { get; set; }
    public DateTime WrittenAt { get; set; }
}

/// <summary>A city's "willing to mentor" setting, managed by its coordinators; only willing cities are suggested as mentors.</summary>
public sealed class MentorWillingness
{
    public int CityId { get; set; }
    public bool Willing { get; set; }
    public Guid? UpdatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class MentoringPairConfiguration : IEntityTypeConfiguration<MentoringPair>
{
    public void Configure(EntityTypeBuilder<MentoringPair> b)
    {
        b.ToTable("mentoring_pairs");
        b.ComplexProperty(p => p.Goals, n => n.MapOptionalBilingual(4000));
        b.Property(p => p.Indicators).HasMaxLength(1000)
            .HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>());
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasMany(p => p.People).WithOne().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Meetings).WithOne().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Notes).WithOne().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.MentorCityId, p.Status });
        b.HasIndex(p => new { p.MenteeCityId, p.Status });
        b.HasIndex(p => p.RequestedBy);
    }
}

internal sealed class MentoringPersonConfiguration : IEntityTypeConfiguration<MentoringPerson>
{
    public void Configure(EntityTypeBuilder<MentoringPerson> b)
    {
        b.ToTable("mentoring_people");
        b.HasIndex(x => new { x.PairId, x.UserId }).IsUnique();
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class MentoringMeetingConfiguration : IEntityTypeConfiguration<MentoringMeeting>
{
    public void Configure(EntityTypeBuilder<MentoringMeeting> b)
    {
        b.ToTable("mentoring_meetings");
        b.Property(x => x.Notes).HasMaxLength(4000);
        b.HasIndex(x => new { x.PairId, x.Date });
        b.HasIndex(x => x.RecordedBy);
    }
}

internal sealed class MentoringNoteConfiguration : IEntityTypeConfiguration<MentoringNote>
{
    public void Configure(EntityTypeBuilder<MentoringNote> b)
    {
        b.ToTable("mentoring_notes");
        b.Property(x => x.Text).HasMaxLength(4000);
        b.HasIndex(x => x.PairId);
        b.HasIndex(x => x.WrittenBy);
    }
}

internal sealed class MentorWillingnessConfiguration : IEntityTypeConfiguration<MentorWillingness>
{
    public void Configure(EntityTypeBuilder<MentorWillingness> b)
    {
        b.ToTable("mentoring_willing_cities");
        b.HasKey(x => x.CityId);
        b.Property(x => x.CityId).ValueGeneratedNever();
    }
}
