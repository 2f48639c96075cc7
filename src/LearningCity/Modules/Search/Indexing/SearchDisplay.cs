using System.Text;
using LearningCity.Modules.Search.Public;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace LearningCity.Modules.Search.Indexing;

/// <summary>
/// What a hit or a suggestion shows of a document, kept in one binary doc value per document instead of stored
/// fields: a page of hits then reads 20 small values at known places rather than decompressing 20 blocks of
/// stored fields. The body is kept only when there is no summary (the snippet then comes from it), and its first
/// <see cref="MaxBodyChars"/> characters only.
/// </summary>
internal sealed record SearchDisplay(string Type, string Id, string Url, string TitleTh, string? TitleEn, string? SummaryTh, string? SummaryEn, string? Body)
{
    public const int MaxTitleChars = 500;
    public const int MaxSummaryChars = 1_000;
    public const int MaxBodyChars = 2_000;
    private static readonly UTF8Encoding Utf8 = new(false);

    public static BytesRef Encode(SearchDocument d)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Utf8, leaveOpen: true))
        {
            var noSummary = string.IsNullOrWhiteSpace(d.Summary?.Th) && string.IsNullOrWhiteSpace(d.Summary?.En);
            foreach (var text in new[]
            {
                d.Type, d.Id, d.Url, Cut(d.Title.Th, MaxTitleChars), Cut(d.Title.En, MaxTitleChars),
                Cut(d.Summary?.Th, MaxSummaryChars), Cut(d.Summary?.En, MaxSummaryChars), noSummary ? Cut(d.Body, MaxBodyChars) : null,
            })
                writer.Write(text ?? "");
        }
        return new BytesRef(bytes.ToArray());
    }

    /// <summary>The display of the doc with this index-wide number.</summary>
    public static SearchDisplay Read(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var value = new BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(SearchFields.Display)?.Get(doc - leaf.DocBase, value);
        using var reader2 = new BinaryReader(new MemoryStream(value.Bytes ?? [], value.Offset, value.Length, writable: false), Utf8);
        string Next() => reader2.BaseStream.Position < reader2.BaseStream.Length ? reader2.ReadString() : "";
        string? Optional() => Next() is { Length: > 0 } s ? s : null;
        return new SearchDisplay(Next(), Next(), Next(), Next(), Optional(), Optional(), Optional(), Optional());
    }

    /// <summary>Cuts at a character boundary, never inside a surrogate pair.</summary>
    private static string? Cut(string? text, int max)
    {
        if (text is null || text.Length <= max) return text;
        var end = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..end];
    }
}
