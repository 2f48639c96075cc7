using LearningCity.Modules.Research.Data;

namespace LearningCity.Modules.Research.Editing;

/// <summary>The state of a research item as the audit log records it, before and after a change.</summary>
public sealed record ResearchSnapshot(
    int Id, string TitleTh, string? TitleEn, string AbstractTh, string? AbstractEn, IReadOnlyList<string> Authors, int Year, string Type,
    string? Doi, string? Url, string? FileName, string? FileOriginalName, IReadOnlyList<string> Keywords, IReadOnlyList<string> Indicators,
    IReadOnlyList<int> CityIds, string Licence, string Status, uint Version)
{
    public static ResearchSnapshot Of(ResearchItem r) => new(
        r.Id, r.Title.Th, r.Title.En, r.Abstract.Th, r.Abstract.En, [.. r.Authors], r.Year, r.Type.ToString(),
        r.Doi, r.Url, r.FileName, r.FileOriginalName, r.Keywords.OrderBy(k => k.Position).Select(k => k.Text).ToList(), [.. r.Indicators],
        r.Cities.Select(c => c.CityId).Order().ToList(), r.Licence, r.Status.ToString(), r.Version);
}
