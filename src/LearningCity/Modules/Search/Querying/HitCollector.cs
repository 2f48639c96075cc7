using LearningCity.Modules.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LearningCity.Modules.Search.Querying;

internal readonly record struct CollectedHit(int Doc, float Score, long DateTicks, long Order, double? DistanceKm);

internal sealed record GeoCircle(double Latitude, double Longitude, double? RadiusKm);

/// <summary>
/// One pass over the matches of the text (and the "near me" box), without the facet, "open now" and "open calls"
/// filters: per doc it checks which filters the doc satisfies (facets from doc values, the other two from their
/// postings), then counts it where it belongs: a hit when it satisfies all; a filtered facet's other values when
/// it satisfies all but that facet; the "open now" and "open calls" counts when it satisfies all the others.
/// Only the best hits up to the requested page are kept (a bounded heap). When <see cref="SampledSearch"/> visits only
/// a part of a stretch of docs, each doc it collects there counts for <see cref="Weight"/> docs.
/// </summary>
internal sealed class HitCollector : ICollector
{
    private readonly FacetField[] _fields;
    private readonly FacetField[] _filtered;
    private readonly FacetField[] _unfiltered;
    private readonly GeoCircle? _geo;
    private readonly OptionalFilter _openNow;
    private readonly OptionalFilter _openCalls;
    private readonly TopHits _top;
    private Scorer? _scorer;
    private int _docBase;
    private long[] _dates = [];
    private long[] _order = [];
    private NumericDocValues? _lats;
    private NumericDocValues? _lons;
    private IBits? _hasLat;

    /// <param name="filters">Facet key → accepted values (any of them).</param>
    /// <param name="countKeys">The facets to count.</param>
    /// <param name="openNow">The "open now" filter; it narrows the hits only when <paramref name="requireOpenNow"/>.</param>
    /// <param name="openCalls">The "open calls" filter; it narrows the hits only when <paramref name="requireOpenCalls"/>.</param>
    public HitCollector(
        IReadOnlyDictionary<string, List<string>> filters, IReadOnlyCollection<string> countKeys, GeoCircle? geo,
        Filter openNow, bool requireOpenNow, Filter openCalls, bool requireOpenCalls, int keep, Comparison<CollectedHit> order)
    {
        _fields = countKeys.Union(filters.Keys)
            .Select(k => new FacetField(k, countKeys.Contains(k), filters.TryGetValue(k, out var v) ? v : null)).ToArray();
        _filtered = _fields.Where(f => f.Filtered).ToArray();
        _unfiltered = _fields.Where(f => !f.Filtered).ToArray();
        _geo = geo;
        _openNow = new OptionalFilter(openNow, requireOpenNow);
        _openCalls = new OptionalFilter(openCalls, requireOpenCalls);
        _top = new TopHits(keep, order);
    }

    private double _count;
    private double _openNowCount;
    private double _openCallsCount;

    /// <summary>How many docs each collected doc stands for: 1 unless the search samples.</summary>
    public double Weight { get; set; } = 1;
    public int Count => (int)Math.Round(_count);
    public int OpenNowCount => (int)Math.Round(_openNowCount);
    public int OpenCallsCount => (int)Math.Round(_openCallsCount);

    public bool AcceptsDocsOutOfOrder => false; // the "open now" and "open calls" postings are advanced along

    /// <summary>The kept hits, best first.</summary>
    public List<CollectedHit> TopHits() => _top.Sorted();

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        _dates = SegmentBits.For(reader).Dates();
        _order = SegmentBits.For(reader).Hashes();
        if (_geo is not null)
        {
            _lats = reader.GetNumericDocValues(SearchFields.LatitudeValues);
            _lons = reader.GetNumericDocValues(SearchFields.LongitudeValues);
            _hasLat = reader.GetDocsWithField(SearchFields.LatitudeValues);
        }
        foreach (var field in _fields) field.NextSegment(reader);
        _openNow.NextSegment(context);
        _openCalls.NextSegment(context);
    }

    public void Collect(int doc)
    {
        double? distance = null;
        if (_geo is not null && _hasLat is not null && _lats is not null && _lons is not null && _hasLat.Get(doc))
            distance = Geo.HaversineKm(_geo.Latitude, _geo.Longitude,
                BitConverter.Int64BitsToDouble(_lats.Get(doc)), BitConverter.Int64BitsToDouble(_lons.Get(doc)));
        if (_geo?.RadiusKm is { } radius && (distance is null || distance > radius)) return;

        // Which filters the doc fails: the hit needs none, a facet's other values need none but that facet.
        // Facet filters first: a doc failing two of them counts nowhere, and the other facets are read only for a hit.
        FacetField? failedField = null;
        foreach (var field in _filtered)
        {
            if (field.Read(doc)) continue;
            if (failedField is not null) return;
            failedField = field;
        }
        if (failedField is not null)
        {
            if ((_openNow.Required && !_openNow.Matches(doc)) || (_openCalls.Required && !_openCalls.Matches(doc))) return;
            failedField.CountCurrent(Weight);
            return;
        }
        var openNow = _openNow.Matches(doc);
        var openCalls = _openCalls.Matches(doc);
        if (openNow && (openCalls || !_openCalls.Required)) _openNowCount += Weight;
        if (openCalls && (openNow || !_openNow.Required)) _openCallsCount += Weight;
        if ((_openNow.Required && !openNow) || (_openCalls.Required && !openCalls)) return;

        _count += Weight;
        _top.Add(new CollectedHit(_docBase + doc, _scorer?.GetScore() ?? 0, _dates[doc], _order[doc], distance));
        foreach (var field in _filtered) field.CountCurrent(Weight);
        foreach (var field in _unfiltered)
        {
            field.Read(doc);
            field.CountCurrent(Weight);
        }
    }

    /// <summary>Adds what <paramref name="other"/> collected over another range of docs (a collector made with the same arguments).</summary>
    public void Add(HitCollector other)
    {
        _count += other._count;
        _openNowCount += other._openNowCount;
        _openCallsCount += other._openCallsCount;
        _top.Add(other._top);
        for (var i = 0; i < _fields.Length; i++) _fields[i].Add(other._fields[i]);
    }

    /// <summary>Facet value → count, for every facet counted.</summary>
    public Dictionary<string, Dictionary<string, int>> FacetCounts() =>
        _fields.Where(f => f.Counted).ToDictionary(f => f.Key, f => f.Totals());

    /// <summary>A filter that narrows the hits, or only counts ("how many of these are open now").</summary>
    private sealed class OptionalFilter(Filter filter, bool required)
    {
        private DocIdSetIterator? _docs;
        private int _current;

        public bool Required => required;

        public void NextSegment(AtomicReaderContext context)
        {
            _docs = filter.GetDocIdSet(context, context.AtomicReader.LiveDocs)?.GetIterator();
            _current = -1;
        }

        /// <summary>Docs must come in increasing order within a segment.</summary>
        public bool Matches(int doc)
        {
            if (_docs is null) return false;
            if (_current < doc) _current = _docs.Advance(doc);
            return _current == doc;
        }
    }
}
