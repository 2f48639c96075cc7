using LearningCity.Modules.Cities.Data;

namespace LearningCity.Modules.Cities.Editing;

/// <summary>The state of a city as the audit log records it, before and after a change.</summary>
public sealed record CitySnapshot(
    int Id, string NameTh, string? NameEn, string Type, string ProvinceCode, int? Population, decimal? AreaKm2,
    string? LeaderName, string? LeaderTitle, string? CoordinatorName, string? CoordinatorEmail, string? CoordinatorPhone,
    string? Website, int? JoinedNetworkYear, int? UnescoGnlcMemberSince,
    string VisionTh, string? VisionEn, string BackgroundTh, string? BackgroundEn,
    string ChallengesTh, string? ChallengesEn, string OpportunitiesTh, string? OpportunitiesEn,
    string? LogoFile, string Status, uint Version)
{
    public static CitySnapshot Of(City c) => new(
        c.Id, c.Name.Th, c.Name.En, c.LocalGovernmentType.ToString(), c.ProvinceCode, c.Population, c.AreaKm2,
        c.LeaderName, c.LeaderTitle, c.CoordinatorName, c.CoordinatorEmail, c.CoordinatorPhone,
        c.Website, c.JoinedNetworkYear, c.UnescoGnlcMemberSince,
        c.Vision.Th, c.Vision.En, c.Background.Th, c.Background.En,
        c.Challenges.Th, c.Challenges.En, c.Opportunities.Th, c.Opportunities.En,
        c.LogoFile, c.Status.ToString(), c.Version);
}
