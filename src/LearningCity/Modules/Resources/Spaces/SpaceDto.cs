using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;

namespace LearningCity.Modules.Resources.Spaces;

public sealed record OpeningIntervalDto(string Day, string Opens, string Closes);

/// <summary>A learning space as the API shows it: bilingual texts as xTh/xEn plus x in the caller's language.</summary>
public sealed record SpaceDto(
    int Id, string NameTh, string? NameEn, string Name, string DescriptionTh, string? DescriptionEn,
    string Type, string TypeName, string AddressTh, string? AddressEn, string ProvinceCode, string? District,
    double Latitude, double Longitude, IReadOnlyList<OpeningIntervalDto> OpeningHours, bool OpenNow,
    IReadOnlyList<string> Facilities, IReadOnlyList<string> Accessibility, bool IsFree, string? FeeNote,
    string? ContactPhone, string? ContactEmail, string? Website, IReadOnlyList<string> PhotoUrls,
    int? CityId, int? OrganisationId, string Status, bool IsDemo, uint Version)
{
    public static SpaceDto Of(LearningSpace s, JsonStringLocalizer l, DateTimeOffset thaiNow) => new(
        s.Id, s.Name.Th, s.Name.En, s.Name.Current, s.Description.Th, s.Description.En,
        s.Type.ToString(), l[$"Resources.SpaceType.{s.Type}"], s.Address.Th, s.Address.En, s.ProvinceCode, s.District,
        s.Latitude, s.Longitude, s.OpeningHours.Select(Interval).ToList(), ThaiClock.IsOpenAt(s.OpeningHours, thaiNow),
        s.Facilities, Features(s.Accessibility).Select(f => f.ToString()).ToList(), s.IsFree, s.FeeNote,
        s.ContactPhone, s.ContactEmail, s.Website, s.Photos.Select(p => $"/files/{p}").ToList(),
        s.CityId, s.OrganisationId, s.Status.ToString(), s.IsDemo, s.Version);

    public static OpeningIntervalDto Interval(OpeningInterval i) => new(i.Day.ToString(), IsoDates.Time(i.Opens), IsoDates.Time(i.Closes));

    public static IEnumerable<AccessibilityFeature> Features(AccessibilityFeature value) =>
        Enum.GetValues<AccessibilityFeature>().Where(f => f != AccessibilityFeature.None && value.HasFlag(f));
}

/// <summary>The state of a space as the audit log records it.</summary>
public sealed record SpaceSnapshot(
    int Id, string NameTh, string? NameEn, string DescriptionTh, string? DescriptionEn, string Type,
    string AddressTh, string? AddressEn, string ProvinceCode, string? District, double Latitude, double Longitude,
    IReadOnlyList<OpeningIntervalDto> OpeningHours, IReadOnlyList<string> Facilities, int Accessibility,
    bool IsFree, string? FeeNote, string? ContactPhone, string? ContactEmail, string? Website, IReadOnlyList<string> Photos,
    int? CityId, int? OrganisationId, string Status, uint Version)
{
    public static SpaceSnapshot Of(LearningSpace s) => new(
        s.Id, s.Name.Th, s.Name.En, s.Description.Th, s.Description.En, s.Type.ToString(),
        s.Address.Th, s.Address.En, s.ProvinceCode, s.District, s.Latitude, s.Longitude,
        s.OpeningHours.Select(SpaceDto.Interval).ToList(), [.. s.Facilities], (int)s.Accessibility,
        s.IsFree, s.FeeNote, s.ContactPhone, s.ContactEmail, s.Website, [.. s.Photos],
        s.CityId, s.OrganisationId, s.Status.ToString(), s.Version);
}
