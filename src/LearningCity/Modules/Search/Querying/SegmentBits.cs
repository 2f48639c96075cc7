using System.Numerics;
using System.Runtime.CompilerServices;
using LearningCity.Modules.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// What a search without text needs of one index segment, built once and kept while the segment lives: a bit set
/// per facet value (from the value's postings) and the segment's docs in the order of a search without text (newest
/// first). A segment never changes, so neither does this; deletions are applied per reader (<see cref="Live"/>).
/// A facet with more than <see cref="MaxValues"/> values in a segment gets no bit sets (<see cref="Values"/> is null).
/// </summary>
internal sealed class SegmentBits
{
    public const int MaxValues = 512;
    private static readonly ConditionalWeakTable<object, Core> Cores = new();
    private static readonly ConditionalWeakTable<AtomicReader, FixedBitSet> LiveSets = new();
    private readonly Core _core;
    private readonly AtomicReader _reader; // the reader of the search at hand: an older one of the segment may be closed

    private SegmentBits(Core core, AtomicReader reader) => (_core, _reader) = (core, reader);

    /// <summary>What is kept of a segment's core (shared by every reader of the segment, whatever its deletions).</summary>
    private sealed class Core
    {
        public readonly Dictionary<string, (string Value, FixedBitSet Docs)[]?> Facets = new(StringComparer.Ordinal);
        public readonly Dictionary<string, FacetOrds?> Ords = new(StringComparer.Ordinal);
        public int[]? NewestFirst;
        public long[]? Dates;
        public long[]? Hashes;
    }

    public static SegmentBits For(AtomicReader reader) => new(Cores.GetValue(reader.CoreCacheKey, _ => new Core()), reader);

    /// <summary>The docs of the segment not deleted in this reader.</summary>
    public static FixedBitSet Live(AtomicReader reader) => LiveSets.GetValue(reader, r =>
    {
        var bits = new FixedBitSet(r.MaxDoc);
        bits.Set(0, r.MaxDoc);
        if (r.LiveDocs is { } live)
            for (var doc = 0; doc < r.MaxDoc; doc++)
                if (!live.Get(doc)) bits.Clear(doc);
        return bits;
    });

    /// <summary>Each value of the facet in this segment and the docs that have it; null when there are too many values.</summary>
    public (string Value, FixedBitSet Docs)[]? Values(string key)
    {
        lock (_core.Facets)
        {
            if (_core.Facets.TryGetValue(key, out var cached)) return cached;
            var built = Build(SearchFields.Facet(key));
            _core.Facets[key] = built;
            return built;
        }
    }

    /// <summary>
    /// The facet's values of every doc as ordinals of the segment's doc values, read once into memory (reading them
    /// through the memory-mapped doc values costs far more per doc); null when the facet has too many values.
    /// </summary>
    public FacetOrds? Ords(string key)
    {
        lock (_core.Ords)
        {
            if (_core.Ords.TryGetValue(key, out var cached)) return cached;
            var built = FacetOrds.Read(_reader, SearchFields.Facet(key));
            _core.Ords[key] = built;
            return built;
        }
    }

    /// <summary>Every doc's date ticks (0: none), in memory.</summary>
    public long[] Dates() => Numbers(SearchFields.Date, ref _core.Dates);

    /// <summary>Every doc's stable order hash (the last tie-breaker of every sort), in memory.</summary>
    public long[] Hashes() => Numbers(SearchFields.Order, ref _core.Hashes);

    private long[] Numbers(string field, ref long[]? kept)
    {
        var numbers = Volatile.Read(ref kept);
        if (numbers is not null) return numbers;
        var values = _reader.GetNumericDocValues(field);
        numbers = new long[_reader.MaxDoc];
        if (values is not null)
            for (var doc = 0; doc < numbers.Length; doc++) numbers[doc] = values.Get(doc);
        Volatile.Write(ref kept, numbers);
        return numbers;
    }

    /// <summary>Builds what searches of this segment use, so that the first search after a merge or a refresh does not.</summary>
    public static void Warm(AtomicReader reader, IEnumerable<string> facetKeys)
    {
        var segment = For(reader);
        segment.Dates();
        segment.Hashes();
        foreach (var key in facetKeys)
        {
            segment.Ords(key);
            segment.Values(key);
        }
        segment.NewestFirst();
    }

    /// <summary>Every doc of the segment, newest first (then by the stable order hash, then by doc).</summary>
    public int[] NewestFirst()
    {
        var order = Volatile.Read(ref _core.NewestFirst);
        if (order is not null) return order;
        var max = _reader.MaxDoc;
        var dates = Dates();
        var hashes = Hashes();
        var keys = new long[max];
        order = new int[max];
        for (var doc = 0; doc < max; doc++)
        {
            keys[doc] = -dates[doc];
            order[doc] = doc;
        }
        Array.Sort(keys, order);
        // Runs of one date (e.g. undated items) are ordered by the hash, then by doc, as every search orders ties.
        for (var start = 0; start < max;)
        {
            var end = start + 1;
            while (end < max && keys[end] == keys[start]) end++;
            if (end - start > 1)
                Array.Sort(order, start, end - start, Comparer<int>.Create((a, b) =>
                {
                    var c = hashes[a].CompareTo(hashes[b]);
                    return c != 0 ? c : a.CompareTo(b);
                }));
            start = end;
        }
        Volatile.Write(ref _core.NewestFirst, order);
        return order;
    }

    /// <summary>The docs of a filter in this reader (deletions applied).</summary>
    public static FixedBitSet Of(Filter filter, AtomicReaderContext context)
    {
        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        if (filter.GetDocIdSet(context, context.AtomicReader.LiveDocs)?.GetIterator() is { } docs)
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) bits.Set(doc);
        return bits;
    }

    /// <summary>How many docs are in both sets.</summary>
    public static long CountBoth(FixedBitSet a, FixedBitSet b)
    {
        var x = a.GetBits();
        var y = b.GetBits();
        var words = Math.Min(Math.Min(x.Length, y.Length), (Math.Min(a.Length, b.Length) + 63) >> 6);
        long count = 0;
        for (var i = 0; i < words; i++) count += BitOperations.PopCount((ulong)(x[i] & y[i]));
        return count;
    }

    private (string, FixedBitSet)[]? Build(string field)
    {
        var terms = _reader.GetTerms(field);
        if (terms is null) return [];
        if (terms.Count > MaxValues) return null;
        var list = new List<(string, FixedBitSet)>();
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            if (list.Count == MaxValues) return null;
            var bits = new FixedBitSet(_reader.MaxDoc);
            docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) bits.Set(doc);
            list.Add((termsEnum.Term.Utf8ToString(), bits));
        }
        return list.ToArray();
    }
}
