using LearningCity.Modules.Resources.Public;
using System.Globalization;
using System.Runtime.CompilerServices;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Search;

/// <summary>Published learning resources in the platform's search, with topics, audiences and the publisher's place.</summary>
internal sealed class ResourceSearchSource : ISearchSource
{
    public const string TypeName = "resource";

    public string Type => TypeName;

    public async Task<SearchDocument?> LoadAsync(AppDbContext db, string id, CancellationToken ct)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var resourceId)) return null;
        var context = await Context.LoadAsync(db, ct);
        var resource = await Published(db).FirstOrDefaultAsync(r => r.Id == resourceId, ct);
        return resource is null ? null : ToDocument(resource, context);
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync(AppDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        var context = await Context.LoadAsync(db, ct);
        await foreach (var resource in Published(db).OrderBy(r => r.Id).AsAsyncEnumerable().WithCancellation(ct))
            yield return ToDocument(resource, context);
    }

    private static IQueryable<LearningResource> Published(AppDbContext db) =>
        db.LearningResources.AsNoTracking().Include(r => r.Topics).Where(r => r.Status == PublicationStatus.Published);

    /// <summary>Lookups shared by all documents of one load: topic slugs and the publishing cities' provinces.</summary>
    private sealed record Context(IReadOnlyDictionary<int, string> TopicSlugs, IReadOnlyDictionary<int, string> CityProvinces, IReadOnlyDictionary<string, string> Regions)
    {
        public static async Task<Context> LoadAsync(AppDbContext db, CancellationToken ct) => new(
            await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Slug, ct),
            await db.Cities.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.ProvinceCode, ct),
            await ContentSearch.RegionsAsync(db, ct));
    }

    private static SearchDocument ToDocument(LearningResource r, Context context)
    {
        var facets = new Dictionary<string, IReadOnlyList<string>>
        {
            ["topic"] = r.Topics.Select(t => context.TopicSlugs.GetValueOrDefault(t.TopicId)).OfType<string>().ToList(),
            ["audience"] = Enum.GetValues<Audience>().Where(a => a != Audience.None && r.Audiences.HasFlag(a)).Select(a => a.ToString()).ToList(),
            ["language"] = [r.Language],
            ["price"] = ["free"],
        };
        if (r.CityId is { } cityId && context.CityProvinces.TryGetValue(cityId, out var province))
        {
            facets["province"] = [province];
            if (context.Regions.TryGetValue(province, out var region)) facets["region"] = [region];
        }
        return new SearchDocument
        {
            Type = TypeName,
            Id = r.Id.ToString(CultureInfo.InvariantCulture),
            Title = new BilingualText(r.Title.Th, r.Title.En),
            Summary = string.IsNullOrWhiteSpace(r.Summary.Th) ? null : new BilingualText(r.Summary.Th, r.Summary.En),
            Body = string.Join("\n", new[] { r.Body.Th, r.Body.En }.Where(t => !string.IsNullOrWhiteSpace(t))),
            Url = $"/resources/{r.Id}",
            Date = r.PublishedOn is { } on ? on.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : r.UpdatedAt,
            Facets = facets,
        };
    }
}

/// <summary>Topic names for the search facet.</summary>
internal sealed class TopicFacetLabels : ISearchFacetLabels
{
    public string FacetKey => "topic";

    public async Task<IReadOnlyDictionary<string, BilingualText>> LabelsAsync(AppDbContext db, CancellationToken ct) =>
        await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Slug, t => t.Name, ct);
}

/// <summary>Audience names for the search facet, from the same strings the resource pages use.</summary>
internal sealed class AudienceFacetLabels(JsonStringLocalizer l) : ISearchFacetLabels
{
    public string FacetKey => "audience";

    public Task<IReadOnlyDictionary<string, BilingualText>> LabelsAsync(AppDbContext db, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, BilingualText>>(Enum.GetValues<Audience>().Where(a => a != Audience.None)
            .ToDictionary(a => a.ToString(), a => new BilingualText(
                l.Text($"Resources.Audience.{a}", CultureInfo.GetCultureInfo(Cultures.Thai)),
                l.Text($"Resources.Audience.{a}", CultureInfo.GetCultureInfo(Cultures.English)))));
}
