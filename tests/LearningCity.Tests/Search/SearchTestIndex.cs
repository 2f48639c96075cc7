using LearningCity.Common.Localization;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Search.Querying;

namespace LearningCity.Tests.Search;

/// <summary>A real index in a temporary folder, filled with the given documents, and the search service over it.</summary>
internal sealed class SearchTestIndex : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "tlc-tests", "index-" + Guid.NewGuid().ToString("N"));
    private readonly SearchIndex _index;

    public SearchTestIndex(params SearchDocument[] documents) : this(SearchService.SampleBudget, documents) { }

    /// <param name="sampleBudget">How many matches a relevance search collects before it estimates.</param>
    public SearchTestIndex(int sampleBudget, IEnumerable<SearchDocument> documents)
    {
        _index = new SearchIndex(_path);
        foreach (var d in documents) _index.Upsert(d);
        _index.Commit(1, DateTimeOffset.UnixEpoch);
        Service = Searching(sampleBudget);
    }

    /// <param name="fill">Writes the documents and commits them (each commit makes a segment).</param>
    public SearchTestIndex(Action<SearchIndex> fill)
    {
        _index = new SearchIndex(_path);
        fill(_index);
        Service = Searching();
    }

    public ISearchService Service { get; }

    public SearchIndex Index => _index;

    /// <summary>A search service over this index; with <paramref name="parts"/> it searches that many ranges of docs at once, however small the index.</summary>
    public ISearchService Searching(int sampleBudget = SearchService.SampleBudget, int parts = 1) =>
        Over(_index, sampleBudget, parts);

    /// <summary>No facet label providers, so the service never touches a database here.</summary>
    public static SearchService Over(SearchIndex index, int sampleBudget = SearchService.SampleBudget, int parts = 1, bool filterOnly = true) =>
        new(index, new FacetLabels([], new JsonStringLocalizer()), db: null!, TimeProvider.System, BuiltInReading, sampleBudget, filterOnly,
            parallelFrom: parts > 1 ? 1 : int.MaxValue, parts: parts);

    /// <summary>The built-in synonym list and the provinces, as the app reads queries.</summary>
    public static QueryReading BuiltInReading { get; } =
        new(LearningCity.Modules.Search.Lists.SearchSynonyms.BuiltIn, [new LearningCity.Modules.Cities.Geography.SearchPlaceNames()]);

    public async Task<List<string>> IdsAsync(string? text) =>
        (await Service.SearchAsync(new SearchQuery { Text = text, PageSize = 100 })).Hits.Select(h => h.Id).ToList();

    public static SearchDocument Doc(string id, string title, string? summary = null, string? body = null, string type = "resource",
        Dictionary<string, IReadOnlyList<string>>? facets = null, double? lat = null, double? lon = null, DateTime? date = null,
        IReadOnlyList<int>? slots = null, DateOnly? openFrom = null, DateOnly? openUntil = null, string? titleEn = null) => new()
    {
        Type = type, Id = id, Title = new BilingualText(title, titleEn),
        Summary = summary is null ? null : new BilingualText(summary), Body = body, Url = $"/{type}/{id}",
        Facets = facets ?? [], Latitude = lat, Longitude = lon, Date = date, OpeningSlots = slots, OpenFrom = openFrom, OpenUntil = openUntil,
    };

    /// <summary>"province=TH-10,TH-50;price=free" as search filters.</summary>
    public static Dictionary<string, IReadOnlyList<string>> ParseFilters(string filters) =>
        filters.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('='))
            .ToDictionary(f => f[0], f => (IReadOnlyList<string>)f[1].Split(','));

    public void Dispose()
    {
        _index.Dispose();
        try { Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }
}
