using System.Globalization;
using System.Runtime.CompilerServices;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Research.Editing;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Research.Search;

/// <summary>Published research in the platform's search: title, abstract, authors, keywords and indicator codes; the covered cities' provinces and regions.</summary>
internal sealed class ResearchSearchSource : ISearchSource
{
    public string Type => ResearchEditing.SearchType;

    public async Task<SearchDocument?> LoadAsync(AppDbContext db, string id, CancellationToken ct)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var itemId)) return null;
        var item = await Published(db).FirstOrDefaultAsync(r => r.Id == itemId, ct);
        return item is null ? null : ToDocument(item, await Places.LoadAsync(db, ct));
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync(AppDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        var places = await Places.LoadAsync(db, ct);
        await foreach (var item in Published(db).OrderBy(r => r.Id).AsAsyncEnumerable().WithCancellation(ct))
            yield return ToDocument(item, places);
    }

    private static IQueryable<ResearchItem> Published(AppDbContext db) =>
        db.ResearchItems.AsNoTracking().Include(r => r.Keywords).Include(r => r.Cities).AsSplitQuery()
            .Where(r => r.Status == PublicationStatus.Published);

    /// <summary>Each city's province and each province's region, for the place facets.</summary>
    private sealed record Places(IReadOnlyDictionary<int, string> CityProvinces, IReadOnlyDictionary<string, string> Regions)
    {
        public static async Task<Places> LoadAsync(AppDbContext db, CancellationToken ct) => new(
            await db.Cities.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.ProvinceCode, ct),
            await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.RegionCode, ct));
    }

    private static SearchDocument ToDocument(ResearchItem r, Places places)
    {
        var provinces = r.Cities.Select(c => places.CityProvinces.GetValueOrDefault(c.CityId)).OfType<string>().Distinct().ToList();
        var facets = new Dictionary<string, IReadOnlyList<string>> { ["language"] = ["th"] };
        if (provinces.Count > 0)
        {
            facets["province"] = provinces;
            facets["region"] = provinces.Select(p => places.Regions.GetValueOrDefault(p)).OfType<string>().Distinct().ToList();
        }
        var keywords = r.Keywords.OrderBy(k => k.Position).Select(k => k.Text);
        return new SearchDocument
        {
            Type = ResearchEditing.SearchType,
            Id = r.Id.ToString(CultureInfo.InvariantCulture),
            Title = new BilingualText(r.Title.Th, r.Title.En),
            Summary = string.IsNullOrWhiteSpace(r.Abstract.Th) ? null
                : new BilingualText(Shorten(r.Abstract.Th), r.Abstract.En is null ? null : Shorten(r.Abstract.En)),
            Body = string.Join("\n", new[] { r.Abstract.Th, r.Abstract.En, string.Join(", ", r.Authors), string.Join(", ", keywords), string.Join(" ", r.Indicators) }
                .Where(t => !string.IsNullOrWhiteSpace(t))),
            Url = $"/research/{r.Id}",
            Date = r.UpdatedAt,
            Facets = facets,
        };
    }

    private static string Shorten(string text, int max = 300) => text.Length <= max ? text : text[..max].TrimEnd() + "…";
}
