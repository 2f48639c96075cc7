using Lucene.Net.Index;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// The second half of a Thai word of three tokens or more (<see cref="TextQuery"/>): the query found a doc with all the
/// word's pair terms in one field, and this checks that they stand one after another in some field, as the word does.
/// Lucene's own phrase search checks positions in every doc that has all the terms, ahead of the other words; here only
/// the docs that match everything else are checked, in doc order, each term's positions read from where the last
/// check left them.
/// </summary>
internal sealed class PairPhraseCheck(IReadOnlyList<string[]> phrases)
{
    private readonly DocsAndPositionsEnum[]?[][] _fields = phrases.Select(_ => new DocsAndPositionsEnum[]?[TextQuery.Fields.Length]).ToArray();
    private int[] _starts = new int[16];
    private int[] _positions = new int[16];

    public static PairPhraseCheck? For(List<List<string>> words) =>
        TextQuery.PairPhrases(words) is { Count: > 0 } phrases ? new PairPhraseCheck(phrases) : null;

    public void NextSegment(AtomicReader reader)
    {
        for (var p = 0; p < phrases.Count; p++)
        {
            for (var f = 0; f < TextQuery.Fields.Length; f++)
            {
                var field = TextQuery.Fields[f].Field;
                var terms = new DocsAndPositionsEnum[phrases[p].Length];
                var present = true;
                for (var t = 0; t < terms.Length && present; t++)
                    present = (terms[t] = reader.GetTermPositionsEnum(new Term(field, phrases[p][t]))!) is not null;
                _fields[p][f] = present ? terms : null; // null: the field lacks a term
            }
        }
    }

    /// <summary>True when every word is a phrase in some field of <paramref name="doc"/>; docs must come in increasing order.</summary>
    public bool Matches(int doc)
    {
        foreach (var fields in _fields)
        {
            var found = false;
            foreach (var terms in fields)
            {
                if (terms is not null && InOrder(terms, doc))
                {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /// <summary>Whether term i stands at start + i for some start, in this doc.</summary>
    private bool InOrder(DocsAndPositionsEnum[] terms, int doc)
    {
        foreach (var term in terms)
        {
            if (term.DocID < doc) term.Advance(doc);
            if (term.DocID != doc) return false;
        }
        var starts = Read(terms[0], 0, ref _starts);
        for (var i = 1; i < terms.Length && starts > 0; i++)
        {
            var count = Read(terms[i], i, ref _positions);
            var kept = 0;
            for (int a = 0, b = 0; a < starts && b < count;)
            {
                if (_starts[a] < _positions[b]) a++;
                else if (_starts[a] > _positions[b]) b++;
                else
                {
                    _starts[kept++] = _starts[a++];
                    b++;
                }
            }
            starts = kept;
        }
        return starts > 0;
    }

    /// <summary>The positions of the term in its current doc, less <paramref name="shift"/>, in increasing order.</summary>
    private static int Read(DocsAndPositionsEnum term, int shift, ref int[] into)
    {
        var count = term.Freq;
        if (into.Length < count) into = new int[count * 2];
        for (var i = 0; i < count; i++) into[i] = term.NextPosition() - shift;
        return count;
    }
}
