using LearningCity.Modules.Resources.Public;
using System.Globalization;
using System.Runtime.CompilerServices;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Search;

/// <summary>Published learning spaces in the platform's search, with their place, opening hours and price.</summary>
internal sealed class SpaceSearchSource : ISearchSource
{
    public const string TypeName = "space";

    public string Type => TypeName;

    public async Task<SearchDocument?> LoadAsync(AppDbContext db, string id, CancellationToken ct)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var spaceId)) return null;
        var regions = await ContentSearch.RegionsAsync(db, ct);
        var space = await Published(db).FirstOrDefaultAsync(s => s.Id == spaceId, ct);
        return space is null ? null : ToDocument(space, regions);
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync(AppDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        var regions = await ContentSearch.RegionsAsync(db, ct);
        await foreach (var space in Published(db).OrderBy(s => s.Id).AsAsyncEnumerable().WithCancellation(ct))
            yield return ToDocument(space, regions);
    }

    private static IQueryable<LearningSpace> Published(AppDbContext db) =>
        db.LearningSpaces.AsNoTracking().Where(s => s.Status == PublicationStatus.Published);

    private static SearchDocument ToDocument(LearningSpace s, IReadOnlyDictionary<string, string> regions)
    {
        var facets = new Dictionary<string, IReadOnlyList<string>>
        {
            ["province"] = [s.ProvinceCode],
            ["price"] = [s.IsFree ? "free" : "paid"],
            ["language"] = ContentSearch.Languages(s.Name, s.Description),
        };
        if (regions.TryGetValue(s.ProvinceCode, out var region)) facets["region"] = [region];
        var body = string.Join("\n", new[]
        {
            s.Description.Th, s.Description.En, s.Address.Th, s.Address.En, s.District, string.Join(", ", s.Facilities),
        }.Where(t => !string.IsNullOrWhiteSpace(t)));
        return new SearchDocument
        {
            Type = TypeName,
            Id = s.Id.ToString(CultureInfo.InvariantCulture),
            Title = new BilingualText(s.Name.Th, s.Name.En),
            Summary = string.IsNullOrWhiteSpace(s.Description.Th) ? null : new BilingualText(ContentSearch.Shorten(s.Description.Th), s.Description.En is null ? null : ContentSearch.Shorten(s.Description.En)),
            Body = body,
            Url = $"/spaces/{s.Id}",
            Date = s.UpdatedAt,
            Facets = facets,
            Latitude = s.Latitude,
            Longitude = s.Longitude,
            OpeningSlots = s.OpeningHours.SelectMany(h => OpeningSlots.Range(h.Day, h.Opens, h.Closes)).Distinct().Order().ToList(),
        };
    }
}
