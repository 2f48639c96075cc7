using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;

namespace LearningCity.Modules.Cities.Profile;

/// <summary>A city as the API shows it: bilingual texts as xTh/xEn plus x in the caller's language.</summary>
public sealed record CityDto(
    int Id, string NameTh, string? NameEn, string Name,
    string LocalGovernmentType, string LocalGovernmentTypeName,
    string ProvinceCode, string ProvinceName, string RegionCode,
    int? Population, decimal? AreaKm2, string? LeaderName, string? LeaderTitle,
    string? CoordinatorName, string? CoordinatorEmail, string? CoordinatorPhone,
    string VisionTh, string? VisionEn, string Vision,
    string BackgroundTh, string? BackgroundEn, string Background,
    string ChallengesTh, string? ChallengesEn, string Challenges,
    string OpportunitiesTh, string? OpportunitiesEn, string Opportunities,
    string? Website, int? JoinedNetworkYear, int? UnescoGnlcMemberSince, string? LogoUrl,
    string Status, bool IsDemo, uint Version)
{
    public static CityDto Of(City c, Province p, JsonStringLocalizer l) => new(
        c.Id, c.Name.Th, c.Name.En, c.Name.Current,
        c.LocalGovernmentType.ToString(), l[$"LocalGovernmentType.{c.LocalGovernmentType}"],
        c.ProvinceCode, p.Name.Current, p.RegionCode,
        c.Population, c.AreaKm2, c.LeaderName, c.LeaderTitle,
        c.CoordinatorName, c.CoordinatorEmail, c.CoordinatorPhone,
        c.Vision.Th, c.Vision.En, CityText.Show(c.Vision),
        c.Background.Th, c.Background.En, CityText.Show(c.Background),
        c.Challenges.Th, c.Challenges.En, CityText.Show(c.Challenges),
        c.Opportunities.Th, c.Opportunities.En, CityText.Show(c.Opportunities),
        c.Website, c.JoinedNetworkYear, c.UnescoGnlcMemberSince, c.LogoFile is null ? null : $"/files/{c.LogoFile}",
        c.Status.ToString(), c.IsDemo, c.Version);
}

public static class CityText
{
    /// <summary>The text in the reader's language, falling back to whichever language was given.</summary>
    public static string Show(BilingualText text) =>
        text.Current is { Length: > 0 } current ? current : text.En ?? "";
}
