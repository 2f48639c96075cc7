using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Research.Editing;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Research.Catalogue;

/// <summary>
/// The filters of the public list, of GET /api/v1/research and of the list exports: type, year (Gregorian, or Buddhist
/// Era above 2400), a covered city, and words, which the platform search finds (title, abstract, authors, keywords,
/// indicator codes). Unknown types match nothing.
/// </summary>
public sealed record ResearchFilter(string? Type = null, int? Year = null, int? City = null, string? Q = null);

public static class ResearchQuery
{
    /// <summary>A page of the published items matching the filter: newest year first, or the best match first when words were given.</summary>
    public static async Task<Paged<ResearchItem>> PageAsync(AppDbContext db, ISearchService search, ResearchFilter f, PageRequest page, CancellationToken ct)
    {
        var ranked = await search.RankedAsync(ResearchEditing.SearchType, f.Q, ct);
        var query = Published(db, f, ranked);
        if (ranked is null) return await WithDetails(query.OrderByDescending(r => r.Year).ThenByDescending(r => r.Id)).ToPagedAsync(page, ct);
        var ids = await ranked.PageAsync(query.Select(r => r.Id), page, ct);
        var pageIds = ids.Items;
        var items = await WithDetails(db.ResearchItems.AsNoTracking().Where(r => pageIds.Contains(r.Id))).ToListAsync(ct);
        return new Paged<ResearchItem>(items.InOrderOf(pageIds, r => r.Id), page.Page, page.PageSize, ids.TotalCount);
    }

    /// <summary>The first <paramref name="max"/> items of the list, in its order (the list's exports).</summary>
    public static async Task<IReadOnlyList<ResearchItem>> ListAsync(AppDbContext db, ISearchService search, ResearchFilter f, int max, CancellationToken ct) =>
        (await PageAsync(db, search, f, new PageRequest(1, max), ct)).Items;

    private static IQueryable<ResearchItem> Published(AppDbContext db, ResearchFilter f, List<int>? ranked)
    {
        var query = db.ResearchItems.AsNoTracking().Where(r => r.Status == PublicationStatus.Published);
        if (ranked is not null) query = query.Where(r => ranked.Contains(r.Id));
        if (!string.IsNullOrWhiteSpace(f.Type))
        {
            if (ResearchTypes.Parse(f.Type) is not { } type) return query.Where(_ => false);
            query = query.Where(r => r.Type == type);
        }
        if (f.Year is { } year)
        {
            var gregorian = year > 2400 ? year - 543 : year;
            query = query.Where(r => r.Year == gregorian);
        }
        if (f.City is { } city) query = query.Where(r => r.Cities.Any(c => c.CityId == city));
        return query;
    }

    private static IQueryable<ResearchItem> WithDetails(IQueryable<ResearchItem> query) =>
        query.Include(r => r.Keywords).Include(r => r.Cities).AsSplitQuery();
}

/// <summary>Names of the cities a page of items covers, read in one query rather than one per item.</summary>
public sealed class ResearchCityNames(AppDbContext db)
{
    private Dictionary<int, BilingualText> _names = [];

    public async Task<ResearchCityNames> LoadAsync(IEnumerable<ResearchItem> items, CancellationToken ct)
    {
        var ids = items.SelectMany(r => r.Cities.Select(c => c.CityId)).Distinct().ToList();
        _names = await db.Cities.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return this;
    }

    public BilingualText? Name(int cityId) => _names.GetValueOrDefault(cityId);

    /// <summary>The item's cities that still exist, by name.</summary>
    public IEnumerable<(int Id, BilingualText Name)> CitiesOf(ResearchItem r) =>
        r.Cities.Select(c => (c.CityId, Name: _names.GetValueOrDefault(c.CityId))).Where(c => c.Name is not null)
            .Select(c => (c.CityId, c.Name!)).OrderBy(c => c.Item2.Th, StringComparer.Ordinal);
}
