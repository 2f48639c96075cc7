using LearningCity.Modules.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LearningCity.Modules.Search.Querying;

internal readonly record struct CollectedHit(int Doc, float Score, long DateTicks, long Order, double? DistanceKm);

internal sealed record GeoCircle(double Latitude, double Longitude, double? RadiusKm);

/// <summary>
/// Collects every match (the index is small enough to sort and page in memory), measures distances for the
/// "near me" filter and sort, and counts facet values from the doc values of each segment.
/// </summary>
internal sealed class HitCollector(bool keepHits, IReadOnlyCollection<string> facetKeys, GeoCircle? geo) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _facetCounts =
        facetKeys.ToDictionary(k => k, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly List<(string Key, SortedSetDocValues Values, int[] Counts)> _segmentFacets = [];
    private Scorer? _scorer;
    private int _docBase;
    private NumericDocValues? _dates;
    private NumericDocValues? _order;
    private NumericDocValues? _lats;
    private NumericDocValues? _lons;
    private IBits? _hasLat;

    public List<CollectedHit> Hits { get; } = [];
    public int Count { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushFacets();
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        _dates = reader.GetNumericDocValues(SearchFields.Date);
        _order = reader.GetNumericDocValues(SearchFields.Order);
        if (geo is not null)
        {
            _lats = reader.GetNumericDocValues(SearchFields.LatitudeValues);
            _lons = reader.GetNumericDocValues(SearchFields.LongitudeValues);
            _hasLat = reader.GetDocsWithField(SearchFields.LatitudeValues);
        }
        foreach (var key in facetKeys)
        {
            var values = reader.GetSortedSetDocValues(SearchFields.Facet(key));
            if (values is not null) _segmentFacets.Add((key, values, new int[values.ValueCount]));
        }
    }

    public void Collect(int doc)
    {
        double? distance = null;
        if (geo is not null && _hasLat is not null && _lats is not null && _lons is not null && _hasLat.Get(doc))
            distance = Geo.HaversineKm(geo.Latitude, geo.Longitude,
                BitConverter.Int64BitsToDouble(_lats.Get(doc)), BitConverter.Int64BitsToDouble(_lons.Get(doc)));
        if (geo?.RadiusKm is { } radius && (distance is null || distance > radius)) return;

        Count++;
        if (keepHits) Hits.Add(new CollectedHit(_docBase + doc, _scorer?.GetScore() ?? 0, _dates?.Get(doc) ?? 0, _order?.Get(doc) ?? 0, distance));
        foreach (var (_, values, counts) in _segmentFacets)
        {
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) counts[ord]++;
        }
    }

    /// <summary>Facet value → count, for every key asked for.</summary>
    public Dictionary<string, Dictionary<string, int>> FacetCounts()
    {
        FlushFacets();
        return _facetCounts;
    }

    private void FlushFacets()
    {
        var text = new BytesRef();
        foreach (var (key, values, counts) in _segmentFacets)
        {
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                values.LookupOrd(ord, text);
                var value = text.Utf8ToString();
                _facetCounts[key][value] = _facetCounts[key].GetValueOrDefault(value) + counts[ord];
            }
        }
        _segmentFacets.Clear();
    }
}

internal static class Geo
{
    private const double EarthRadiusKm = 6371.0088;

    public static double HaversineKm(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>A latitude/longitude box that contains the circle: a cheap index filter before the exact distance.</summary>
    public static (double MinLat, double MaxLat, double MinLon, double MaxLon) BoundingBox(double lat, double lon, double radiusKm)
    {
        var dLat = radiusKm / 111.0;
        var cos = Math.Cos(lat * Math.PI / 180);
        var dLon = cos < 0.01 ? 180 : Math.Min(180, radiusKm / (111.0 * cos));
        return (lat - dLat, lat + dLat, lon - dLon, lon + dLon);
    }
}
