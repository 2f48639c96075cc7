using LearningCity.Common.Localization;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Resources.Public;

namespace LearningCity.Modules.Research.Catalogue;

public sealed record ResearchText(string Th, string? En);

public sealed record ResearchCityDto(int Id, ResearchText Name);

/// <summary>A research item as the API returns it. Year is Gregorian; buddhistYear is the same year in the Buddhist Era.</summary>
public sealed record ResearchDto(
    int Id, ResearchText Title, ResearchText Abstract, IReadOnlyList<string> Authors, int Year, int BuddhistYear, string Type,
    string? Doi, string? DoiUrl, string? Url, string? FileUrl, string? FileName, IReadOnlyList<string> Keywords, IReadOnlyList<string> Indicators,
    IReadOnlyList<ResearchCityDto> Cities, string Licence, string? LicenceUrl, string Status, bool IsDemo,
    DateTime CreatedAt, DateTime UpdatedAt, uint Version, string PageUrl, string BibtexUrl, string RisUrl)
{
    public static ResearchDto Of(ResearchItem r, ResearchCityNames names) => new(
        r.Id, new(r.Title.Th, r.Title.En), new(r.Abstract.Th, r.Abstract.En), r.Authors, r.Year, DateDisplay.ToBuddhistYear(r.Year),
        r.Type.ToString(), r.Doi, ResearchLinks.DoiUrl(r.Doi), r.Url, ResearchLinks.File(r), r.FileOriginalName,
        r.Keywords.OrderBy(k => k.Position).Select(k => k.Text).ToList(), r.Indicators,
        names.CitiesOf(r).Select(c => new ResearchCityDto(c.Id, new(c.Name.Th, c.Name.En))).ToList(),
        r.Licence, ContentLicences.Deed(r.Licence), r.Status.ToString(), r.IsDemo, r.CreatedAt, r.UpdatedAt, r.Version,
        ResearchLinks.Page(r.Id), ResearchLinks.BibTex(r.Id), ResearchLinks.Ris(r.Id));
}

/// <summary>The addresses of an item's page, file and citation exports.</summary>
public static class ResearchLinks
{
    public static string Page(int id) => $"/research/{id}";

    public static string? File(ResearchItem r) => r.FileName is null ? null : $"/research/{r.Id}/file";

    public static string BibTex(int id) => $"/api/v1/research/{id}/bibtex";

    public static string Ris(int id) => $"/api/v1/research/{id}/ris";

    public static string? DoiUrl(string? doi) => doi is null ? null : "https://doi.org/" + doi;
}
