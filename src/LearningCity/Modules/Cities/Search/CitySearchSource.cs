using System.Globalization;
using System.Runtime.CompilerServices;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Search;

/// <summary>Approved cities in the platform's search; pending and rejected ones are not found.</summary>
internal sealed class CitySearchSource : ISearchSource
{
    public const string TypeName = "city";

    public string Type => TypeName;

    public async Task<SearchDocument?> LoadAsync(AppDbContext db, string id, CancellationToken ct)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var cityId)) return null;
        var row = await Approved(db, cityId).FirstOrDefaultAsync(ct);
        return row is null ? null : ToDocument(row.City, row.Province);
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync(AppDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in Approved(db, null).AsAsyncEnumerable().WithCancellation(ct))
            yield return ToDocument(row.City, row.Province);
    }

    private sealed record Row(City City, Province Province);

    private static IQueryable<Row> Approved(AppDbContext db, int? id) =>
        from c in db.Cities.AsNoTracking()
        join p in db.Provinces.AsNoTracking() on c.ProvinceCode equals p.Code
        where c.Status == CityStatus.Approved && (id == null || c.Id == id)
        orderby c.Id
        select new Row(c, p);

    private static SearchDocument ToDocument(City c, Province p)
    {
        var languages = new List<string> { "th" };
        if (!string.IsNullOrWhiteSpace(c.Name.En) || !string.IsNullOrWhiteSpace(c.Vision.En)) languages.Add("en");
        var body = string.Join("\n", new[]
        {
            c.Background.Th, c.Background.En, c.Challenges.Th, c.Challenges.En, c.Opportunities.Th, c.Opportunities.En,
            c.LeaderName, c.LeaderTitle, p.Name.Th, p.Name.En,
        }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new SearchDocument
        {
            Type = TypeName,
            Id = c.Id.ToString(CultureInfo.InvariantCulture),
            Title = new BilingualText(c.Name.Th, c.Name.En),
            Summary = string.IsNullOrWhiteSpace(c.Vision.Th) ? null : new BilingualText(c.Vision.Th, c.Vision.En),
            Body = body,
            Url = $"/cities/{c.Id}",
            Date = c.UpdatedAt,
            Facets = new Dictionary<string, IReadOnlyList<string>>
            {
                ["province"] = [p.Code],
                ["region"] = [p.RegionCode],
                ["language"] = languages,
            },
        };
    }
}

/// <summary>Province and region names for the search facets.</summary>
internal sealed class ProvinceFacetLabels : ISearchFacetLabels
{
    public string FacetKey => "province";

    public async Task<IReadOnlyDictionary<string, BilingualText>> LabelsAsync(AppDbContext db, CancellationToken ct) =>
        await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, ct);
}

internal sealed class RegionFacetLabels : ISearchFacetLabels
{
    public string FacetKey => "region";

    public async Task<IReadOnlyDictionary<string, BilingualText>> LabelsAsync(AppDbContext db, CancellationToken ct) =>
        await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Name, ct);
}
