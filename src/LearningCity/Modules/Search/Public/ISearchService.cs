namespace LearningCity.Modules.Search.Public;

public enum SearchSort
{
    Relevance,
    Date,
    Distance,
}

/// <summary>A search request. Text may be anything a person types; it is never parsed as query syntax.</summary>
public sealed record SearchQuery
{
    public string? Text { get; init; }
    /// <summary>Facet key → accepted values: any of the values of one key, and every key.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    /// <summary>With Latitude/Longitude: only items within this many kilometres.</summary>
    public double? RadiusKm { get; init; }
    public bool OpenNow { get; init; }
    public bool OpenCalls { get; init; }
    /// <summary>The moment "open now" and "open calls" refer to; the current time when left out.</summary>
    public DateTimeOffset? At { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
    /// <summary>Count and rank every match even when there are very many (an export); otherwise a very broad search estimates.</summary>
    public bool Exact { get; init; }
}

public sealed record SearchHit(
    string Type, string Id, string Title, string TitleHtml, string SummaryHtml, string Url,
    DateTime? Date, double? DistanceKm, float Score);

public sealed record FacetValueCount(string Value, string Label, int Count, bool Selected);

/// <summary>
/// A page of hits with facet counts. When <see cref="Estimated"/>, the search was very broad: its total, facet and
/// "open" counts are estimated from an even sample of the index and its hits are the best of that sample.
/// </summary>
public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueCount>> Facets,
    int OpenNowCount,
    int OpenCallsCount,
    int Total,
    int Page,
    int PageSize,
    bool Estimated = false)
{
    public int TotalPages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    /// <summary>The query with a slip corrected to a word the index knows (โรงเรีน → โรงเรียน), when it found little.</summary>
    public string? DidYouMean { get; init; }

    /// <summary>True when no item has every word: the hits have most of them.</summary>
    public bool Relaxed { get; init; }

    /// <summary>Places the query names, offered as a filter.</summary>
    public IReadOnlyList<SearchPlaceOffer> Places { get; init; } = [];
}

/// <summary>A place a query names, as a facet value to filter on.</summary>
public sealed record SearchPlaceOffer(string FacetKey, string Value, string Label);

public sealed record SearchSuggestion(string Text, string Type, string Url);

public interface ISearchService
{
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct = default);
    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string? prefix, int limit = 8, CancellationToken ct = default);
}
