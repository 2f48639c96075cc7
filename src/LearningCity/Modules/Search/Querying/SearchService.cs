using System.Globalization;
using LearningCity.Common.Data;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningCity.Modules.Search.Querying;

/// <summary>Searches this node's index: text, facet filters, "near me", "open now", open calls, sorting and paging.</summary>
internal sealed class SearchService(SearchIndex index, FacetLabels labels, AppDbContext db, TimeProvider time) : ISearchService
{
    public const int SnippetChars = 240;
    public const int MaxPageSize = 5000;

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        var words = TextQuery.Words(query.Text);
        var terms = words.SelectMany(w => w).ToHashSet(StringComparer.Ordinal);
        var at = query.At ?? time.GetUtcNow();
        var geo = query.Latitude is { } lat && query.Longitude is { } lon ? new GeoCircle(lat, lon, query.RadiusKm) : null;
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var filters = query.Filters
            .Where(f => f.Value.Any(v => !string.IsNullOrWhiteSpace(v)))
            .ToDictionary(f => f.Key, f => f.Value.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList());

        var result = index.Read(searcher =>
        {
            // The main pass: the hits, and the counts of every facet nobody filtered on.
            var main = new HitCollector(true, SearchFields.FacetKeys.Where(k => !filters.ContainsKey(k)).ToList(), geo);
            searcher.Search(Compose(words, filters, query, at, except: null), main);
            var counts = main.FacetCounts();
            // A facet someone filtered on counts as if it were not filtered, so its other values stay selectable.
            foreach (var key in filters.Keys.Where(SearchFields.FacetKeys.Contains))
            {
                var pass = new HitCollector(false, [key], geo);
                searcher.Search(Compose(words, filters, query, at, except: key), pass);
                counts[key] = pass.FacetCounts()[key];
            }
            var openNow = Count(searcher, Compose(words, filters, query with { OpenNow = true }, at, null), geo);
            var openCalls = Count(searcher, Compose(words, filters, query with { OpenCalls = true }, at, null), geo);

            var sorted = Sort(main.Hits, query.Sort, geo);
            var hits = sorted.Skip((page - 1) * size).Take(size)
                .Select(h => ToHit(searcher.Doc(h.Doc), h, terms)).ToList();
            return (hits, counts, openNow, openCalls, total: main.Count);
        });

        var facets = new Dictionary<string, IReadOnlyList<FacetValueCount>>();
        foreach (var key in SearchFields.FacetKeys)
        {
            var selected = filters.GetValueOrDefault(key) ?? [];
            var values = result.counts.GetValueOrDefault(key) ?? [];
            foreach (var missing in selected.Where(s => !values.ContainsKey(s))) values[missing] = 0;
            if (values.Count == 0) continue;
            var label = await labels.ForAsync(key, db, ct);
            facets[key] = values
                .Select(v => new FacetValueCount(v.Key, label(v.Key), v.Value, selected.Contains(v.Key)))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.CurrentCulture).ToList();
        }
        return new SearchResults(result.hits, facets, result.openNow, result.openCalls, result.total, page, size);
    }

    public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string? prefix, int limit = 8, CancellationToken ct = default) =>
        Task.FromResult(Suggestions.Find(index, prefix, Math.Clamp(limit, 1, 20)));

    private static Query Compose(List<List<string>> words, Dictionary<string, List<string>> filters, SearchQuery q, DateTimeOffset at, string? except)
    {
        var all = new BooleanQuery { { TextQuery.Build(words) ?? new MatchAllDocsQuery(), Occur.MUST } };
        foreach (var (key, values) in filters.Where(f => f.Key != except))
        {
            var any = new BooleanQuery();
            foreach (var value in values) any.Add(new TermQuery(new Term(SearchFields.Facet(key), value)), Occur.SHOULD);
            AddFilter(all, any);
        }
        if (q.Latitude is { } lat && q.Longitude is { } lon && q.RadiusKm is { } radius)
        {
            var box = Geo.BoundingBox(lat, lon, radius);
            AddFilter(all, NumericRangeQuery.NewDoubleRange(SearchFields.Latitude, box.MinLat, box.MaxLat, true, true));
            AddFilter(all, NumericRangeQuery.NewDoubleRange(SearchFields.Longitude, box.MinLon, box.MaxLon, true, true));
        }
        if (q.OpenNow)
            AddFilter(all, new TermQuery(new Term(SearchFields.Slot, OpeningSlots.At(at).ToString(CultureInfo.InvariantCulture))));
        if (q.OpenCalls)
        {
            var today = OpeningSlots.ThaiDate(at).DayNumber;
            AddFilter(all, NumericRangeQuery.NewInt32Range(SearchFields.CallFrom, null, today, true, true));
            AddFilter(all, NumericRangeQuery.NewInt32Range(SearchFields.CallUntil, today, null, true, true));
        }
        return all;
    }

    /// <summary>A filter narrows the hits without changing their scores.</summary>
    private static void AddFilter(BooleanQuery query, Query filter) =>
        query.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);

    private static int Count(IndexSearcher searcher, Query query, GeoCircle? geo)
    {
        var counter = new HitCollector(false, [], geo);
        searcher.Search(query, counter);
        return counter.Count;
    }

    private static IEnumerable<CollectedHit> Sort(List<CollectedHit> hits, SearchSort sort, GeoCircle? geo) => sort switch
    {
        SearchSort.Date => hits.OrderByDescending(h => h.DateTicks).ThenByDescending(h => h.Score).ThenBy(h => h.Order),
        SearchSort.Distance when geo is not null => hits.OrderBy(h => h.DistanceKm ?? double.MaxValue).ThenByDescending(h => h.Score).ThenBy(h => h.Order),
        _ => hits.OrderByDescending(h => h.Score).ThenByDescending(h => h.DateTicks).ThenBy(h => h.Order),
    };

    private static SearchHit ToHit(Document doc, CollectedHit hit, IReadOnlySet<string> terms)
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        string? Pick(string th, string en) => english && doc.Get(en) is { Length: > 0 } e ? e : doc.Get(th);
        var title = Pick(SearchFields.TitleTh, SearchFields.TitleEn) ?? "";
        var summary = Pick(SearchFields.SummaryTh, SearchFields.SummaryEn);
        if (string.IsNullOrWhiteSpace(summary)) summary = doc.Get(SearchFields.Body);
        var ticks = doc.GetField(SearchFields.DateStored)?.GetInt64Value();
        return new SearchHit(
            doc.Get(SearchFields.Type), doc.Get(SearchFields.Id), title,
            Highlighter.Html(title, terms, 500), Highlighter.Html(summary, terms, SnippetChars),
            doc.Get(SearchFields.Url), ticks is { } t ? new DateTime(t, DateTimeKind.Utc) : null,
            hit.DistanceKm is { } d ? Math.Round(d, 2) : null, hit.Score);
    }
}
