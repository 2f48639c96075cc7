using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LearningCity.Modules.Search.Querying;

/// <summary>What a search counts and keeps: the best hits, facet value counts, the "open now" and "open calls" counts, the total.</summary>
internal sealed record SearchCounts(
    List<CollectedHit> Hits, Dictionary<string, Dictionary<string, int>> Facets, int OpenNow, int OpenCalls, int Total);

/// <summary>
/// A search without text or "near me" (browsing by facets), answered exactly from bit sets instead of a pass over
/// every doc: each restriction (a facet's accepted values, "open now" or "open calls" when required) is a bit set
/// of the segment; the hits are the docs in all of them, and a value's count is the size of the intersection of
/// its docs with the docs that pass every restriction but the facet's own (as <see cref="HitCollector"/> counts).
/// The hits come newest first, as a search without text ranks them. Not used when a facet has too many values
/// (<see cref="SegmentBits.MaxValues"/>): the caller then runs the ordinary pass.
/// </summary>
internal static class FilterOnlySearch
{
    /// <summary>Below this share of a segment, the hits are read one by one; above it, the segment's docs are walked newest first.</summary>
    private const int SparseShare = 64;

    public static SearchCounts? TryRun(
        IndexSearcher searcher, IReadOnlyDictionary<string, List<string>> filters, IReadOnlyCollection<string> countKeys,
        Filter openNow, bool requireOpenNow, Filter openCalls, bool requireOpenCalls, int keep)
    {
        var keys = countKeys.Union(filters.Keys).ToArray();
        var facets = keys.Where(countKeys.Contains).ToDictionary(k => k, _ => new Dictionary<string, double>(StringComparer.Ordinal));
        var top = new TopHits(keep, (a, b) => b.DateTicks != a.DateTicks ? b.DateTicks.CompareTo(a.DateTicks) : a.Order.CompareTo(b.Order));
        long total = 0, openNowCount = 0, openCallsCount = 0;

        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var segment = SegmentBits.For(reader);
            var values = new Dictionary<string, (string Value, FixedBitSet Docs)[]>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (segment.Values(key) is not { } v) return null;
                values[key] = v;
            }

            // The restrictions of this segment; the last two only when required.
            var restrictions = new List<(string? Key, FixedBitSet Docs)>();
            foreach (var (key, accepted) in filters)
            {
                var docs = new FixedBitSet(reader.MaxDoc);
                foreach (var (value, bits) in values[key])
                    if (accepted.Contains(value, StringComparer.Ordinal)) docs.Or(bits);
                restrictions.Add((key, docs));
            }
            var live = SegmentBits.Live(reader);
            var now = SegmentBits.Of(openNow, leaf);
            var calls = SegmentBits.Of(openCalls, leaf);
            var facetsOnly = AllOf(live, restrictions, skip: null);
            if (requireOpenNow) restrictions.Add((null, now));
            if (requireOpenCalls) restrictions.Add((null, calls));

            var hits = AllOf(live, restrictions, skip: null);
            total += hits.Cardinality;
            openNowCount += SegmentBits.CountBoth(requireOpenCalls ? And(facetsOnly, calls) : facetsOnly, now);
            openCallsCount += SegmentBits.CountBoth(requireOpenNow ? And(facetsOnly, now) : facetsOnly, calls);

            foreach (var (key, counts) in facets)
            {
                var among = filters.ContainsKey(key) ? AllOf(live, restrictions, skip: key) : hits;
                foreach (var (value, bits) in values[key])
                {
                    var count = SegmentBits.CountBoth(among, bits);
                    if (count > 0) counts[value] = counts.GetValueOrDefault(value) + count;
                }
            }
            Keep(top, leaf, segment, hits, keep);
        }

        return new SearchCounts(top.Sorted(),
            facets.ToDictionary(f => f.Key, f => f.Value.ToDictionary(v => v.Key, v => (int)v.Value, StringComparer.Ordinal)),
            (int)openNowCount, (int)openCallsCount, (int)total);
    }

    /// <summary>The live docs in every restriction but the one of <paramref name="skip"/>.</summary>
    private static FixedBitSet AllOf(FixedBitSet live, List<(string? Key, FixedBitSet Docs)> restrictions, string? skip)
    {
        var all = live.Clone();
        foreach (var (key, docs) in restrictions)
            if (key is null || key != skip) all.And(docs);
        return all;
    }

    private static FixedBitSet And(FixedBitSet a, FixedBitSet b)
    {
        var both = a.Clone();
        both.And(b);
        return both;
    }

    /// <summary>Offers the segment's best hits (newest first) to <paramref name="top"/>.</summary>
    private static void Keep(TopHits top, Lucene.Net.Index.AtomicReaderContext leaf, SegmentBits segment, FixedBitSet hits, int keep)
    {
        if (keep <= 0) return;
        var reader = leaf.AtomicReader;
        var dates = segment.Dates();
        var hashes = segment.Hashes();
        CollectedHit Hit(int doc) => new(leaf.DocBase + doc, 1f, dates[doc], hashes[doc], null);

        var count = hits.Cardinality;
        if (count * SparseShare < reader.MaxDoc)
        {
            for (var doc = count == 0 ? DocIdSetIterator.NO_MORE_DOCS : hits.NextSetBit(0);
                 doc != DocIdSetIterator.NO_MORE_DOCS && doc >= 0;
                 doc = doc + 1 < reader.MaxDoc ? hits.NextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS)
                top.Add(Hit(doc));
            return;
        }
        var taken = 0;
        foreach (var doc in segment.NewestFirst())
        {
            if (!hits.Get(doc)) continue;
            top.Add(Hit(doc));
            if (++taken == keep) break;
        }
    }
}
