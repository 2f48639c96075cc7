using LearningCity.Modules.Resources.Public;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Resources.Data;

public enum SpaceType
{
    PublicLibrary = 1,
    Museum = 2,
    CommunityLearningCentre = 3,
    Park = 4,
    ReligiousSite = 5,
    SchoolOpenToPublic = 6,
    Makerspace = 7,
    SportsGround = 8,
    DigitalHub = 9,
    Market = 10,
    Other = 99,
}

[Flags]
public enum AccessibilityFeature
{
    None = 0,
    StepFreeAccess = 1,
    AccessibleToilet = 2,
    SignLanguage = 4,
    Braille = 8,
    HearingLoop = 16,
    AccessibleParking = 32,
    WheelchairLoan = 64,
    EasyRead = 128,
}

/// <summary>A place where people can learn: a library, a museum, a park, a temple ...</summary>
public sealed class LearningSpace : IEditableItem
{
    public int Id { get; set; }
    public BilingualText Name { get; set; } = new();
    public BilingualText Description { get; set; } = new();
    public SpaceType Type { get; set; }
    public BilingualText Address { get; set; } = new();
    public string ProvinceCode { get; set; } = "";
    public string? District { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    /// <summary>Weekly opening hours, one entry per open interval (see OpeningHours).</summary>
    public List<OpeningInterval> OpeningHours { get; set; } = [];
    /// <summary>Facilities as free-text tags (Wi-Fi, meeting room, 3D printer ...).</summary>
    public List<string> Facilities { get; set; } = [];
    public AccessibilityFeature Accessibility { get; set; }
    public bool IsFree { get; set; } = true;
    public string? FeeNote { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? Website { get; set; }
    public List<string> Photos { get; set; } = [];
    public int? CityId { get; set; }
    public int? OrganisationId { get; set; }
    public PublicationStatus Status { get; set; }
    public bool IsDemo { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public uint Version { get; set; }
}

/// <summary>Open on Day from Opens to Closes (Thai local time).</summary>
public sealed record OpeningInterval(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);

internal sealed class LearningSpaceConfiguration : IEntityTypeConfiguration<LearningSpace>
{
    public void Configure(EntityTypeBuilder<LearningSpace> b)
    {
        b.ToTable("resources_learning_spaces");
        b.ComplexProperty(s => s.Name, n => n.MapBilingual(300));
        b.ComplexProperty(s => s.Description, n => n.MapOptionalBilingual(8000));
        b.ComplexProperty(s => s.Address, n => n.MapOptionalBilingual(500));
        b.Property(s => s.ProvinceCode).HasMaxLength(6);
        b.Property(s => s.District).HasMaxLength(200);
        b.Property(s => s.FeeNote).HasMaxLength(500);
        b.Property(s => s.ContactPhone).HasMaxLength(50);
        b.Property(s => s.ContactEmail).HasMaxLength(320);
        b.Property(s => s.Website).HasMaxLength(1000);
        b.Property(s => s.OpeningHours).HasConversion(JsonColumn.Converter<List<OpeningInterval>>(), JsonColumn.Comparer<List<OpeningInterval>>());
        b.Property(s => s.Facilities).HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>());
        b.Property(s => s.Photos).HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>());
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => new { s.Status, s.ProvinceCode });
        b.HasIndex(s => s.CityId);
    }
}
