using System.Globalization;
using LearningCity.Common.Data;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningCity.Modules.Search.Querying;

/// <summary>Searches this node's index: text, facet filters, "near me", "open now", open calls, sorting and paging.</summary>
/// <param name="sampleBudget">See <see cref="SampleBudget"/>; tests set a small one.</param>
/// <param name="filterOnly">Whether a search without text or "near me" uses <see cref="FilterOnlySearch"/>; tests compare it with the pass.</param>
/// <param name="parallelFrom">See <see cref="ParallelFrom"/>; tests set a small one.</param>
/// <param name="parts">How many ranges of a large index are searched at once: one per core (at most 4) unless given.</param>
internal sealed class SearchService(
    SearchIndex index, FacetLabels labels, AppDbContext db, TimeProvider time, QueryReading reading, int sampleBudget = SearchService.SampleBudget, bool filterOnly = true,
    int parallelFrom = SearchService.ParallelFrom, int parts = 0) : ISearchService
{
    public const int SnippetChars = 240;
    public const int MaxPageSize = 5000;

    /// <summary>
    /// A relevance search of text collects about this many matches at most; beyond that its counts and facets are
    /// estimated from an even sample of the index (<see cref="SampledSearch"/>). Sorting by date or distance, a search
    /// without text, a page beyond <see cref="MaxSampledKeep"/> hits and <see cref="SearchQuery.Exact"/> are always exact.
    /// </summary>
    public const int SampleBudget = 10_000;
    public const int MaxSampledKeep = 1_000;

    /// <summary>
    /// An index of at least this many docs is searched on several threads at once (<see cref="SampledSearch"/>): a search
    /// waits for about half as long on two free cores, and a smaller index answers in a few milliseconds anyway.
    /// </summary>
    public const int ParallelFrom = 50_000;

    private static readonly int Cores = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        var found = Find(await reading.VocabularyAsync(ct), query);
        var plan = found.Plan;
        var filters = Filters(query);

        var facets = new Dictionary<string, IReadOnlyList<FacetValueCount>>();
        foreach (var key in SearchFields.FacetKeys)
        {
            var selected = filters.GetValueOrDefault(key) ?? [];
            var values = found.Counts.Facets.GetValueOrDefault(key) ?? [];
            foreach (var missing in selected.Where(s => !values.ContainsKey(s))) values[missing] = 0;
            if (values.Count == 0) continue;
            var label = await labels.ForAsync(key, db, ct);
            facets[key] = values
                .Select(v => new FacetValueCount(v.Key, label(v.Key), v.Value, selected.Contains(v.Key)))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.CurrentCulture).ToList();
        }
        var places = new List<SearchPlaceOffer>();
        foreach (var place in plan.Places.Where(p => !(filters.GetValueOrDefault(p.FacetKey)?.Contains(p.Value) ?? false)))
        {
            var label = await labels.ForAsync(place.FacetKey, db, ct);
            places.Add(new SearchPlaceOffer(place.FacetKey, place.Value, label(place.Value)));
        }
        return new SearchResults(found.Hits, facets, found.Counts.OpenNow, found.Counts.OpenCalls, found.Counts.Total, found.Page, found.Size, found.Estimated)
        {
            DidYouMean = found.DidYouMean,
            Relaxed = found.Relaxed,
            Places = places.DistinctBy(p => (p.FacetKey, p.Value)).ToList(),
        };
    }

    private sealed record Found(QueryPlan Plan, List<SearchHit> Hits, SearchCounts Counts, int Page, int Size, bool Estimated, string? DidYouMean, bool Relaxed);

    private static Dictionary<string, List<string>> Filters(SearchQuery query) => query.Filters
        .Where(f => f.Value.Any(v => !string.IsNullOrWhiteSpace(v)))
        .ToDictionary(f => f.Key, f => f.Value.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList());

    /// <summary>
    /// The plan's plain forms first; when they find fewer than <see cref="QueryExpansion.ExpandBelow"/> items, again with
    /// parts of words and slips (ranked below); when still nothing, most of the words instead of all.
    /// </summary>
    /// <param name="relax">Whether most of the words may do when all find nothing (not for the typeahead, whose last word is unfinished).</param>
    private Found Find(QueryVocabulary vocabulary, SearchQuery query, bool relax = true)
    {
        var at = query.At ?? time.GetUtcNow();
        var geo = query.Latitude is { } lat && query.Longitude is { } lon ? new GeoCircle(lat, lon, query.RadiusKm) : null;
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var filters = Filters(query);

        return index.Read(searcher =>
        {
            var plan = QueryPlan.Read(query.Text, vocabulary, ThaiWords.In(searcher.IndexReader));
            var keep = (int)Math.Min(int.MaxValue, (long)page * size);
            var estimated = false;
            var relaxed = false;
            // Browsing by facets alone is answered from bit sets; everything else is one pass over the matches.
            var counts = plan.IsEmpty && geo is null && filterOnly
                ? FilterOnlySearch.TryRun(searcher, filters, SearchFields.FacetKeys, OpenNowFilter(at), query.OpenNow, OpenCallsFilter(at), query.OpenCalls, keep)
                : null;
            if (counts is null)
            {
                // One pass over the text (and "near me" box) matches; the collector applies the other filters per doc,
                // so a facet someone filtered on is counted as if it were not filtered and its other values stay selectable.
                var (openNow, openCalls) = (OpenNowFilter(at), OpenCallsFilter(at));
                HitCollector Collector() => new(filters, SearchFields.FacetKeys, geo,
                    openNow, query.OpenNow, openCalls, query.OpenCalls, keep, Order(query.Sort, geo));
                var budget = plan.IsEmpty || query.Exact || query.Sort != SearchSort.Relevance || keep > MaxSampledKeep ? int.MaxValue : sampleBudget;
                var ranges = searcher.IndexReader.MaxDoc >= parallelFrom ? parts > 0 ? parts : Cores : 1;
                SearchCounts Run(Query? text)
                {
                    (var collector, estimated) = SampledSearch.Run(searcher, Compose(text, query), Collector, budget, ranges);
                    return new SearchCounts(collector.TopHits(), collector.FacetCounts(), collector.OpenNowCount, collector.OpenCallsCount, collector.Count);
                }
                counts = Run(TextQuery.Strict(plan));
                var loose = false;
                if (!plan.IsEmpty && counts.Total < QueryExpansion.ExpandBelow && QueryExpansion.Expand(plan, searcher.IndexReader))
                {
                    loose = true;
                    counts = Run(TextQuery.Expanded(plan));
                }
                if (relax && counts.Total == 0 && TextQuery.Relaxed(plan, loose) is { } most)
                {
                    counts = Run(most);
                    relaxed = counts.Total > 0;
                }
            }
            var terms = plan.Terms();
            var docs = counts.Hits.Skip((page - 1) * size).Select(h => (Doc: SearchDisplay.Read(searcher.IndexReader, h.Doc), Hit: h)).ToList();
            var hits = docs.Select(d => ToHit(d.Doc, d.Hit, terms)).ToList();
            var didYouMean = plan.Corrected(term => Surface(term, docs.Select(d => d.Doc)));
            return new Found(plan, hits, counts, page, size, estimated, didYouMean, relaxed);
        });
    }

    /// <summary>A corrected word as people write it: a Latin term is a stem (librari), so the word of a hit that it came from.</summary>
    private static string Surface(string term, IEnumerable<SearchDisplay> docs)
    {
        if (Analysis.ThaiPairFilter.IsThai(term)) return term;
        foreach (var doc in docs)
            foreach (var text in new[] { doc.TitleEn, doc.TitleTh, doc.SummaryEn })
                foreach (var word in (text ?? "").Split(' ', ',', '.', ':', ';', '(', ')', '"', '!', '?'))
                    if (word.Length > 0 && Analysis.SearchAnalyzer.Stemmed.Terms(word) is [var only] && only == term) return word.ToLowerInvariant();
        return term;
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string? prefix, int limit = 8, CancellationToken ct = default)
    {
        limit = Math.Clamp(limit, 1, 20);
        var suggestions = Suggestions.Find(index, prefix, limit).ToList();
        // Fewer titles start so: the words as a search reads them (together, synonyms, places, parts of words, slips).
        if (suggestions.Count >= limit || prefix is null || prefix.Trim().Length < QueryExpansion.MinPartChars) return suggestions;
        var found = Find(await reading.VocabularyAsync(ct), new SearchQuery { Text = prefix, PageSize = limit }, relax: false);
        if (found.Plan.IsEmpty) return suggestions;
        foreach (var hit in found.Hits)
        {
            if (suggestions.Count >= limit) break;
            if (suggestions.Any(s => s.Url == hit.Url)) continue;
            suggestions.Add(new SearchSuggestion(hit.Title, hit.Type, hit.Url));
        }
        return suggestions;
    }

    private static Query Compose(Query? text, SearchQuery q)
    {
        var all = new BooleanQuery { { text ?? new MatchAllDocsQuery(), Occur.MUST } };
        if (q.Latitude is { } lat && q.Longitude is { } lon && q.RadiusKm is { } radius)
        {
            var box = Geo.BoundingBox(lat, lon, radius);
            AddFilter(all, Range(SearchFields.Latitude, SearchFields.Microdegrees(box.MinLat) - 1, SearchFields.Microdegrees(box.MaxLat) + 1));
            AddFilter(all, Range(SearchFields.Longitude, SearchFields.Microdegrees(box.MinLon) - 1, SearchFields.Microdegrees(box.MaxLon) + 1));
        }
        return all;
    }

    private static NumericRangeQuery<int> Range(string field, int? min, int? max) =>
        NumericRangeQuery.NewInt32Range(field, SearchFields.NumericPrecisionStep, min, max, true, true);

    private static Filter OpenNowFilter(DateTimeOffset at) =>
        new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Slot, OpeningSlots.At(at).ToString(CultureInfo.InvariantCulture))));

    private sealed record DayFilter(int Day, Filter Filter);

    private static DayFilter? _openCalls;

    /// <summary>
    /// The calls open on the Thai day of <paramref name="at"/>. Its two date ranges cover most funding items, so the
    /// filter of the current day is kept and reused per index segment (<see cref="CachingWrapperFilter"/>).
    /// </summary>
    private static Filter OpenCallsFilter(DateTimeOffset at)
    {
        var today = OpeningSlots.ThaiDate(at).DayNumber;
        if (_openCalls is { } cached && cached.Day == today) return cached.Filter;
        var filter = new CachingWrapperFilter(new QueryWrapperFilter(new BooleanQuery
        {
            { Range(SearchFields.CallFrom, null, today), Occur.MUST },
            { Range(SearchFields.CallUntil, today, null), Occur.MUST },
        }));
        _openCalls = new DayFilter(today, filter);
        return filter;
    }

    /// <summary>A filter narrows the hits without changing their scores.</summary>
    private static void AddFilter(BooleanQuery query, Query filter) =>
        query.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);

    /// <summary>Negative when the first hit comes first; equal hits keep doc order.</summary>
    private static Comparison<CollectedHit> Order(SearchSort sort, GeoCircle? geo) => sort switch
    {
        SearchSort.Date => (a, b) => Then(b.DateTicks.CompareTo(a.DateTicks), b.Score.CompareTo(a.Score), a.Order.CompareTo(b.Order)),
        SearchSort.Distance when geo is not null => (a, b) => Then(
            (a.DistanceKm ?? double.MaxValue).CompareTo(b.DistanceKm ?? double.MaxValue), b.Score.CompareTo(a.Score), a.Order.CompareTo(b.Order)),
        _ => (a, b) => Then(b.Score.CompareTo(a.Score), b.DateTicks.CompareTo(a.DateTicks), a.Order.CompareTo(b.Order)),
    };

    private static int Then(int first, int second, int third) => first != 0 ? first : second != 0 ? second : third;

    private static SearchHit ToHit(SearchDisplay doc, CollectedHit hit, IReadOnlySet<string> terms)
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var title = english && doc.TitleEn is { Length: > 0 } titleEn ? titleEn : doc.TitleTh;
        var summary = english && doc.SummaryEn is { Length: > 0 } summaryEn ? summaryEn : doc.SummaryTh;
        if (string.IsNullOrWhiteSpace(summary)) summary = doc.SummaryEn ?? doc.Body;
        return new SearchHit(
            doc.Type, doc.Id, title,
            Highlighter.Html(title, terms, 500), Highlighter.Html(summary, terms, SnippetChars),
            doc.Url, hit.DateTicks != 0 ? new DateTime(hit.DateTicks, DateTimeKind.Utc) : null,
            hit.DistanceKm is { } d ? Math.Round(d, 2) : null, hit.Score);
    }
}
