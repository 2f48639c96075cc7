using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Cities.Editing;

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
    /// <summary>Approved cities matching the filter, in Thai name order. Unknown filter values match nothing.</summary>
    public static IQueryable<CityWithProvince> Approved(AppDbContext db, CityFilter filter)
    {
        var query = from c in db.Cities
                    join p in db.Provinces on c.ProvinceCode equals p.Code
                    where c.Status == CityStatus.Approved
                    select new { c, p };
        if (!string.IsNullOrWhiteSpace(filter.Region))
            query = query.Where(x => x.p.RegionCode == filter.Region);
        if (!string.IsNullOrWhiteSpace(filter.Province))
            query = query.Where(x => x.c.ProvinceCode == filter.Province);
        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            var type = CityTypes.Parse(filter.Type);
            query = type is { } t ? query.Where(x => x.c.LocalGovernmentType == t) : query.Where(x => false);
        }
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim().ToLower(System.Globalization.CultureInfo.InvariantCulture);
            query = query.Where(x => x.c.Name.Th.ToLower().Contains(q) || (x.c.Name.En != null && x.c.Name.En.ToLower().Contains(q)));
        }
        return query.OrderBy(x => x.c.Name.Th).ThenBy(x => x.c.Id)
            .Select(x => new CityWithProvince { City = x.c, Province = x.p });
    }
}
