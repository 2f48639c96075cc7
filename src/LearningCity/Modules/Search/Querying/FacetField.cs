using LearningCity.Modules.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// One facet in a search pass: reads a doc's values (ordinals of the segment's doc values, from memory where
/// <see cref="SegmentBits.Ords"/> keeps them) once, tells whether
/// they satisfy the facet's filter, and counts them into an array indexed by ordinal.
/// </summary>
internal sealed class FacetField(string key, bool counted, IReadOnlyList<string>? accepted)
{
    private readonly Dictionary<string, double> _totals = new(StringComparer.Ordinal);
    private SortedSetDocValues? _values;
    private FacetOrds? _inMemory;
    private double[] _counts = [];
    private bool[] _accepted = [];
    private long[] _ords = new long[8];
    private int _ordCount;

    public string Key => key;
    public bool Counted => counted;
    public bool Filtered => accepted is not null;

    public void NextSegment(AtomicReader reader)
    {
        Flush();
        _values = reader.GetSortedSetDocValues(SearchFields.Facet(key));
        _inMemory = _values is null ? null : SegmentBits.For(reader).Ords(key);
        var valueCount = _values is null ? 0 : checked((int)_values.ValueCount);
        if (counted) _counts = _counts.Length >= valueCount ? _counts : new double[valueCount];
        if (accepted is null || _values is null) return;
        _accepted = _accepted.Length >= valueCount ? _accepted : new bool[valueCount];
        Array.Clear(_accepted);
        foreach (var value in accepted)
        {
            var ord = _values.LookupTerm(new BytesRef(value));
            if (ord >= 0) _accepted[ord] = true;
        }
    }

    /// <summary>Reads the doc's values; true when the facet has no filter or the doc has an accepted value.</summary>
    public bool Read(int doc)
    {
        _ordCount = 0;
        if (_values is null) return accepted is null;
        var ok = accepted is null;
        if (_inMemory is not null)
        {
            _ordCount = _inMemory.Get(doc, ref _ords);
            for (var i = 0; i < _ordCount && !ok; i++) ok = _accepted[_ords[i]];
            return ok;
        }
        _values.SetDocument(doc);
        for (var ord = _values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _values.NextOrd())
        {
            if (_ordCount == _ords.Length) Array.Resize(ref _ords, _ords.Length * 2);
            _ords[_ordCount++] = ord;
            if (!ok && _accepted[ord]) ok = true;
        }
        return ok;
    }

    /// <summary>Counts the values of the doc read last; a doc of a sampled stretch stands for <paramref name="weight"/> docs.</summary>
    public void CountCurrent(double weight)
    {
        if (!counted) return;
        for (var i = 0; i < _ordCount; i++) _counts[_ords[i]] += weight;
    }

    /// <summary>Adds the counts of the same facet from a search of other docs.</summary>
    public void Add(FacetField other)
    {
        other.Flush();
        foreach (var (value, count) in other._totals) _totals[value] = _totals.GetValueOrDefault(value) + count;
    }

    public Dictionary<string, int> Totals()
    {
        Flush();
        return _totals.ToDictionary(t => t.Key, t => (int)Math.Round(t.Value), StringComparer.Ordinal);
    }

    private void Flush()
    {
        if (_values is null || !counted) return;
        var text = new BytesRef();
        var length = (int)Math.Min(_counts.Length, _values.ValueCount);
        for (var ord = 0; ord < length; ord++)
        {
            if (_counts[ord] == 0) continue;
            _values.LookupOrd(ord, text);
            var value = text.Utf8ToString();
            _totals[value] = _totals.GetValueOrDefault(value) + _counts[ord];
            _counts[ord] = 0;
        }
        _values = null;
    }
}
