using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Cities.Editing;
using LearningCity.Modules.Cities.Search;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Directory;

/// <summary>The directory's filters, from the page's query string or the API's.</summary>
public sealed record CityFilter(string? Region, string? Province, string? Type, string? Q);

public sealed class CityWithProvince
{
    public required City City { get; init; }
    public required Province Province { get; init; }
}

internal static class CityDirectoryQuery
{
    /// <summary>
    /// A page of the approved cities matching the filter, in Thai name order; with words, those the platform search finds
    /// (name, vision, profile, province), best match first. Unknown filter values match nothing.
    /// </summary>
    public static async Task<Paged<CityWithProvince>> PageAsync(AppDbContext db, ISearchService search, CityFilter filter, PageRequest page, CancellationToken ct)
    {
        var ranked = await search.RankedAsync(CitySearchSource.TypeName, filter.Q, ct);
        var query = Filtered(Approved(db), filter, ranked);
        if (ranked is null) return await query.OrderBy(x => x.City.Name.Th).ThenBy(x => x.City.Id).ToPagedAsync(page, ct);
        var ids = await ranked.PageAsync(query.Select(x => x.City.Id), page, ct);
        var pageIds = ids.Items;
        var items = await Approved(db).Where(x => pageIds.Contains(x.City.Id)).ToListAsync(ct);
        return new Paged<CityWithProvince>(items.InOrderOf(pageIds, x => x.City.Id), page.Page, page.PageSize, ids.TotalCount);
    }

    private static IQueryable<CityWithProvince> Approved(AppDbContext db) =>
        from c in db.Cities.AsNoTracking()
        join p in db.Provinces.AsNoTracking() on c.ProvinceCode equals p.Code
        where c.Status == CityStatus.Approved
        select new CityWithProvince { City = c, Province = p };

    private static IQueryable<CityWithProvince> Filtered(IQueryable<CityWithProvince> query, CityFilter filter, List<int>? ranked)
    {
        if (ranked is not null)
            query = query.Where(x => ranked.Contains(x.City.Id));
        if (!string.IsNullOrWhiteSpace(filter.Region))
            query = query.Where(x => x.Province.RegionCode == filter.Region);
        if (!string.IsNullOrWhiteSpace(filter.Province))
            query = query.Where(x => x.City.ProvinceCode == filter.Province);
        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            var type = CityTypes.Parse(filter.Type);
            query = type is { } t ? query.Where(x => x.City.LocalGovernmentType == t) : query.Where(_ => false);
        }
        return query;
    }
}
