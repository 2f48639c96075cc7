using Lucene.Net.Index;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// A facet's values of every doc of a segment, as ordinals of the segment's sorted-set doc values, in memory:
/// one per doc when no doc has two (2 bytes a doc), else a start per doc and the ordinals after one another.
/// </summary>
internal sealed class FacetOrds
{
    private const int MaxOrds = ushort.MaxValue - 1;
    private readonly ushort[] _single = []; // ordinal + 1; 0: no value
    private readonly int[] _starts = [];
    private readonly ushort[] _multi = [];
    private readonly bool _isSingle;

    private FacetOrds(ushort[] single) => (_single, _isSingle) = (single, true);
    private FacetOrds(int[] starts, ushort[] multi) => (_starts, _multi) = (starts, multi);

    /// <summary>Copies the doc's ordinals into <paramref name="ords"/> (grown when needed); returns how many.</summary>
    public int Get(int doc, ref long[] ords)
    {
        if (_isSingle)
        {
            var ord = _single[doc];
            if (ord == 0) return 0;
            ords[0] = ord - 1;
            return 1;
        }
        var from = _starts[doc];
        var count = _starts[doc + 1] - from;
        if (ords.Length < count) Array.Resize(ref ords, Math.Max(count, ords.Length * 2));
        for (var i = 0; i < count; i++) ords[i] = _multi[from + i];
        return count;
    }

    /// <summary>Null when the field has too many values to keep this way.</summary>
    public static FacetOrds? Read(AtomicReader reader, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        var max = reader.MaxDoc;
        if (values is null) return new FacetOrds(new ushort[max]);
        if (values.ValueCount > MaxOrds) return null;
        var single = new ushort[max];
        var starts = new int[max + 1];
        var multi = new List<ushort>(max);
        var isSingle = true;
        for (var doc = 0; doc < max; doc++)
        {
            starts[doc] = multi.Count;
            values.SetDocument(doc);
            var n = 0;
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd(), n++)
            {
                multi.Add((ushort)ord);
                if (n == 0) single[doc] = (ushort)(ord + 1);
            }
            if (n > 1) isSingle = false;
        }
        starts[max] = multi.Count;
        return isSingle ? new FacetOrds(single) : new FacetOrds(starts, multi.ToArray());
    }
}
