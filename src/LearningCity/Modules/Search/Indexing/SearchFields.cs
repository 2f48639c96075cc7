using System.Globalization;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace LearningCity.Modules.Search.Indexing;

/// <summary>The Lucene fields of a search document, in one place for the writer and the readers.</summary>
internal static class SearchFields
{
    public const string Key = "key";
    public const string Type = "type";
    public const string Id = "id";
    public const string TitleTh = "title_th";
    public const string TitleEn = "title_en";
    /// <summary>
    /// The typeahead: each title from every word start to its end ("เทศบาลนครขอนแก่น", "นครขอนแก่น", "ขอนแก่น"),
    /// so a prefix query finds a title by the beginning of any of its words, even in unspaced Thai.
    /// </summary>
    public const string TitlePrefix = "title_prefix";
    public const string SummaryTh = "summary_th";
    public const string SummaryEn = "summary_en";
    public const string Body = "body";
    /// <summary>What a hit shows (<see cref="SearchDisplay"/>): nothing of a document is kept as a stored field.</summary>
    public const string Display = "display";
    /// <summary>A hash of the key: the last tie-breaker of every sort, the same on every node (doc numbers are not).</summary>
    public const string Order = "order";
    public const string Date = "date";
    public const string Latitude = "lat";
    public const string Longitude = "lon";
    public const string LatitudeValues = "lat_dv";
    public const string LongitudeValues = "lon_dv";
    public const string Slot = "slot";
    public const string CallFrom = "call_from";
    public const string CallUntil = "call_until";
    public const string FacetPrefix = "f.";

    public static string Facet(string key) => FacetPrefix + key;
    public static string KeyOf(string type, string id) => type + "/" + id;

    /// <summary>The text fields Thai words are indexed in (titles and summaries in Thai, and the body).</summary>
    public static readonly string[] ThaiText = [TitleTh, SummaryTh, Body];

    /// <summary>The facets every page shows (in this order) when they have values.</summary>
    public static readonly string[] FacetKeys = ["type", "topic", "audience", "region", "province", "language", "price"];

    public static Document ToLucene(SearchDocument d)
    {
        var doc = new Document
        {
            new KeywordField(Key, KeyOf(d.Type, d.Id)),
            new KeywordField(Type, d.Type),
            new KeywordField(Id, d.Id),
            new TextField(TitleTh, d.Title.Th, Field.Store.NO),
            new BinaryDocValuesField(Display, SearchDisplay.Encode(d)),
            new NumericDocValuesField(Order, StableHash(KeyOf(d.Type, d.Id))),
        };
        if (!string.IsNullOrWhiteSpace(d.Title.En)) doc.Add(new TextField(TitleEn, d.Title.En, Field.Store.NO));
        foreach (var suffix in new[] { d.Title.Th, d.Title.En }.SelectMany(TitleSuffixes).Distinct())
            doc.Add(new KeywordField(TitlePrefix, suffix));
        if (!string.IsNullOrWhiteSpace(d.Summary?.Th)) doc.Add(new TextField(SummaryTh, d.Summary.Th, Field.Store.NO));
        if (!string.IsNullOrWhiteSpace(d.Summary?.En)) doc.Add(new TextField(SummaryEn, d.Summary.En, Field.Store.NO));
        if (!string.IsNullOrWhiteSpace(d.Body)) doc.Add(new TextField(Body, d.Body, Field.Store.NO));
        doc.Add(new NumericDocValuesField(Date, d.Date?.Ticks ?? 0)); // 0: no date

        var facets = d.Facets.ToDictionary(f => f.Key, f => f.Value.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList());
        facets["type"] = [d.Type];
        foreach (var (key, values) in facets)
        {
            foreach (var value in values)
            {
                doc.Add(new KeywordField(Facet(key), value));
                doc.Add(new SortedSetDocValuesField(Facet(key), new BytesRef(value)));
            }
        }

        if (d.Latitude is { } lat && d.Longitude is { } lon && double.IsFinite(lat) && double.IsFinite(lon))
        {
            doc.Add(new Int32Field(Latitude, Microdegrees(lat), Coarse));
            doc.Add(new Int32Field(Longitude, Microdegrees(lon), Coarse));
            doc.Add(new DoubleDocValuesField(LatitudeValues, lat));
            doc.Add(new DoubleDocValuesField(LongitudeValues, lon));
        }
        foreach (var slot in (d.OpeningSlots ?? []).Where(s => s is >= 0 and < OpeningSlots.PerWeek).Distinct())
            doc.Add(new KeywordField(Slot, slot.ToString(CultureInfo.InvariantCulture)));
        if (d.OpenFrom is not null || d.OpenUntil is not null)
        {
            doc.Add(new Int32Field(CallFrom, d.OpenFrom?.DayNumber ?? 0, Coarse));
            doc.Add(new Int32Field(CallUntil, d.OpenUntil?.DayNumber ?? int.MaxValue, Coarse));
        }
        return doc;
    }

    /// <summary>
    /// The trie precision of the numeric fields (coordinates, call dates), which their range queries must name too. Lucene's
    /// default of 4 indexes 8 terms per integer (16 per double), nearly all of them unique to the item at the finer levels,
    /// and unique terms are what indexing pays for most; 8 indexes 4, and a range still reads at most 255 terms per level.
    /// </summary>
    public const int NumericPrecisionStep = 8;

    private static readonly FieldType Coarse = Freeze(new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = NumericPrecisionStep });

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>A coordinate as whole millionths of a degree (about 11 cm): indexed for ranges; distances use the exact doc values.</summary>
    public static int Microdegrees(double degrees) => (int)Math.Round(Math.Clamp(degrees, -360, 360) * 1e6);

    private const int MaxSuffixChars = 100;

    private static IEnumerable<string> TitleSuffixes(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) yield break;
        foreach (var start in SearchAnalyzer.Exact.WordStarts(title))
        {
            var suffix = NormalizeForPrefix(title[start..]);
            yield return suffix.Length > MaxSuffixChars ? suffix[..MaxSuffixChars] : suffix;
        }
    }

    /// <summary>Lower case, single spaces, spelling variants folded: the same for a typed prefix and the indexed titles.</summary>
    public static string NormalizeForPrefix(string text) =>
        SpellingVariants.Fold(string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>FNV-1a: string.GetHashCode differs between processes.</summary>
    public static long StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return unchecked((long)hash);
    }

    public static Term KeyTerm(string type, string id) => new(Key, KeyOf(type, id));
}
