using System.Diagnostics;
using LearningCity.Modules.Search.Analysis;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using Lucene.Net.Index;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// Searches a node's own index before the node reports ready (<see cref="SearchReadiness"/>). A process that has just
/// started runs its search code unoptimized, then instrumented, and only after many calls fully optimized with what the
/// instrumentation saw (tiered compilation with profile-guided optimization); on an index of a million items the first
/// thousand or so HTTP searches had a p95 about twice that of the later ones. The warm-up takes them on itself instead
/// of the first visitors: a few Thai words of the bodies alone, two and three at once, run together as one word, by
/// date, near a place, with a filter; with a slip, an abbreviation, a synonym or a place; facets alone; the broadest
/// title word (a sampled search); and typeahead.
/// The words are the commonest of those in at most one body in fifty: with the very commonest words warming took 9 s
/// for 300 searches and mapped 500 MB of a million-item index into the process. Bounded by Search:WarmupSearches
/// (default 1,000) and Search:WarmupSeconds (default 30).
/// </summary>
internal static class SearchWarmup
{
    public const int DefaultSearches = 1000;
    public const double DefaultSeconds = 30;
    private const int CommonWords = 4;
    private const int SmallSegment = 1000;

    /// <summary>Words the query reads as something else: an abbreviation, synonyms, provinces in English and by short form.</summary>
    private static readonly string[] Readings = ["ทน.", "เด็กเล็ก", "Chiang Mai", "โคราช", "elderly"];

    /// <summary>The centre of Bangkok, for "near me" searches: any place in Thailand would do.</summary>
    private const double Latitude = 13.7563, Longitude = 100.5018;

    /// <summary>Runs at most <paramref name="searches"/> searches, for at most <paramref name="budget"/>; returns how many ran.</summary>
    public static async Task<int> RunAsync(SearchIndex index, IServiceScopeFactory scopes, int searches, TimeSpan budget, CancellationToken ct)
    {
        if (searches <= 0) return 0;
        var (words, broadest, types) = index.Read(s => (
            Commonest(s.IndexReader, SearchFields.Body, CommonWords, thaiOnly: true, maxShare: 0.02),
            Commonest(s.IndexReader, SearchFields.TitleTh, 1, thaiOnly: true),
            Commonest(s.IndexReader, SearchFields.Facet("type"), 1, thaiOnly: false)));
        if (words.Count == 0) return 0;
        var queries = Queries(words, types.FirstOrDefault());
        queries.AddRange(broadest.Select(w => new SearchQuery { Text = w }));
        var clock = Stopwatch.StartNew();
        var done = 0;
        while (done < searches && clock.Elapsed < budget)
        {
            ct.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<ISearchService>();
            await service.SearchAsync(queries[done % queries.Count], ct);
            if (done % 10 == 0) await service.SuggestAsync(words[done / 10 % words.Count], ct: ct); // a whole word: a letter reads much of the typeahead field
            done++;
        }
        return done;
    }

    /// <summary>Every kind of search a visitor makes, built from the given words.</summary>
    public static List<SearchQuery> Queries(IReadOnlyList<string> words, string? type)
    {
        var queries = new List<SearchQuery>();
        var n = words.Count;
        for (var i = 0; i < n; i++)
        {
            var (a, b, c) = (words[i], words[(i + 1) % n], words[(i + 2) % n]);
            queries.Add(new SearchQuery { Text = a });
            queries.Add(new SearchQuery { Text = $"{a} {b}" });
            queries.Add(new SearchQuery { Text = $"{a} {b} {c}" });
            queries.Add(new SearchQuery { Text = a + b + c }); // typed without spaces: a pair term or a phrase of pairs
            queries.Add(new SearchQuery { Text = a + b, Sort = SearchSort.Date, Page = 2 }); // exact: a rare compound, not a common word
            queries.Add(new SearchQuery { Text = c, Latitude = Latitude, Longitude = Longitude, RadiusKm = 50, Sort = SearchSort.Distance });
            // The readings that search the terms themselves: a slip (a letter left out), an abbreviation, a synonym, a place.
            queries.Add(new SearchQuery { Text = a.Length >= 5 ? a.Remove(a.Length / 2, 1) : a + a });
            queries.Add(new SearchQuery { Text = Readings[i % Readings.Length] + " " + b });
            if (type is null) continue;
            var filter = new Dictionary<string, IReadOnlyList<string>> { ["type"] = [type] };
            queries.Add(new SearchQuery { Text = $"{a} {c}", Filters = filter, OpenNow = i % 2 == 0, OpenCalls = i % 2 == 1 });
            queries.Add(new SearchQuery { Filters = filter, OpenNow = i % 3 == 0 });
        }
        return queries;
    }

    /// <summary>
    /// The terms of a field found in most docs of the largest segment (no pair terms; Thai ones only if asked); with
    /// <paramref name="maxShare"/>, only terms in at most that share of its docs (in any number when the segment is small).
    /// </summary>
    public static List<string> Commonest(IndexReader reader, string field, int count, bool thaiOnly, double maxShare = 1)
    {
        var largest = reader.Leaves.MaxBy(l => l.AtomicReader.NumDocs)?.AtomicReader;
        var terms = largest?.GetTerms(field);
        if (terms is null) return [];
        var maxDocFreq = Math.Max(SmallSegment, (int)(largest!.NumDocs * maxShare));
        var best = new PriorityQueue<string, int>();
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var docFreq = termsEnum.DocFreq;
            if (docFreq > maxDocFreq) continue;
            if (best.Count == count && best.TryPeek(out _, out var least) && docFreq <= least) continue;
            var term = termsEnum.Term.Utf8ToString();
            if (ThaiPairFilter.IsAdded(term) || (thaiOnly && !ThaiPairFilter.IsThai(term))) continue;
            if (best.Count == count) best.DequeueEnqueue(term, docFreq);
            else best.Enqueue(term, docFreq);
        }
        var list = new List<string>(best.Count);
        while (best.TryDequeue(out var term, out _)) list.Add(term);
        list.Reverse();
        return list;
    }
}
