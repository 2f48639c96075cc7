using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Research.Public;

/// <summary>A published research item in a short list (e.g. on a city's profile). Year is Gregorian.</summary>
public sealed record ResearchSummary(int Id, BilingualText Title, IReadOnlyList<string> Authors, int Year, string Type, string Url);

/// <summary>The newest published items covering a city, and how many there are in all.</summary>
public sealed record CityResearchList(int CityId, IReadOnlyList<ResearchSummary> Items, int Total)
{
    public string AllUrl => $"/research?city={CityId}";
}

/// <summary>The published research covering a learning city, for other modules' pages; render it with _CityResearch.cshtml.</summary>
public interface ICityResearch
{
    Task<CityResearchList> PublishedForCityAsync(int cityId, int max, CancellationToken ct);

    /// <summary>The newest published items of the whole repository.</summary>
    Task<IReadOnlyList<ResearchSummary>> LatestPublishedAsync(int max, CancellationToken ct);
}

internal sealed class CityResearch(AppDbContext db) : ICityResearch
{
    public async Task<IReadOnlyList<ResearchSummary>> LatestPublishedAsync(int max, CancellationToken ct)
    {
        var rows = await db.ResearchItems.AsNoTracking().Where(r => r.Status == PublicationStatus.Published)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Id).Take(max)
            .Select(r => new { r.Id, r.Title, r.Authors, r.Year, r.Type }).ToListAsync(ct);
        return rows.Select(r => new ResearchSummary(r.Id, r.Title, r.Authors, r.Year, r.Type.ToString(), $"/research/{r.Id}")).ToList();
    }

    public async Task<CityResearchList> PublishedForCityAsync(int cityId, int max, CancellationToken ct)
    {
        var covering = db.ResearchItems.AsNoTracking()
            .Where(r => r.Status == PublicationStatus.Published && r.Cities.Any(c => c.CityId == cityId));
        var rows = await covering.OrderByDescending(r => r.Year).ThenByDescending(r => r.Id).Take(max)
            .Select(r => new { r.Id, r.Title, r.Authors, r.Year, r.Type }).ToListAsync(ct);
        var total = rows.Count < max ? rows.Count : await covering.CountAsync(ct);
        return new CityResearchList(cityId,
            rows.Select(r => new ResearchSummary(r.Id, r.Title, r.Authors, r.Year, r.Type.ToString(), $"/research/{r.Id}")).ToList(), total);
    }
}
