using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Research.Editing;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Research.Catalogue;

/// <summary>
/// The filters of the public list, of GET /api/v1/research and of the list exports: type, year (Gregorian, or Buddhist
/// Era above 2400), a covered city, and words found in the title, abstract or keywords. Unknown types match nothing.
/// </summary>
public sealed record ResearchFilter(string? Type = null, int? Year = null, int? City = null, string? Q = null);

public static class ResearchQuery
{
    /// <summary>Published items matching the filter, newest year first.</summary>
    public static IQueryable<ResearchItem> Published(AppDbContext db, ResearchFilter f)
    {
        var query = db.ResearchItems.AsNoTracking().Where(r => r.Status == PublicationStatus.Published);
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
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var q = f.Q.Trim().ToLowerInvariant();
            query = query.Where(r => r.Title.Th.ToLower().Contains(q) || (r.Title.En != null && r.Title.En.ToLower().Contains(q))
                || r.Abstract.Th.ToLower().Contains(q) || (r.Abstract.En != null && r.Abstract.En.ToLower().Contains(q))
                || r.Keywords.Any(k => k.Text.ToLower().Contains(q)));
        }
        return query.Include(r => r.Keywords).Include(r => r.Cities).AsSplitQuery()
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Id);
    }
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
