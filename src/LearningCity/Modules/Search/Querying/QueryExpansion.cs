using LearningCity.Modules.Search.Analysis;
using LearningCity.Modules.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// The looser forms of a plan's words, looked up in the index's own terms, for a search whose plain forms found little:
/// the indexed words a word begins or ends (<see cref="Parts"/>), the indexed words one or two letters away (slips), and
/// for a piece of Thai that a slip broke into pieces the index does not know, the word it most likely was.
/// A word found in many items as typed gets none: its own matches are what the person asked for.
/// </summary>
internal static class QueryExpansion
{
    /// <summary>A word found in fewer items than this gets its looser forms (and a search that finds fewer tries them).</summary>
    public const int ExpandBelow = 20;
    public const int MinPartChars = 3;
    private const int MaxPartsPerField = 24;
    private const int MaxTyposPerUnit = 8;
    private const int MaxRepairNeighbours = 2;

    private static readonly string[] ThaiFields = SearchFields.ThaiText;
    private static readonly string[] LatinFields = [SearchFields.TitleEn, SearchFields.SummaryEn, SearchFields.Body, SearchFields.TitleTh];

    /// <summary>Adds the looser forms to the plan's units; true when any was found.</summary>
    public static bool Expand(QueryPlan plan, IndexReader reader)
    {
        Repair(plan, reader);
        var any = false;
        foreach (var unit in plan.Units.Where(u => u.IsWord && u.Correction is null))
        {
            var term = unit.Tokens[0].Term;
            if (term.Any(char.IsAsciiDigit)) continue; // 2567 is not a slip of 2568
            var thai = ThaiPairFilter.IsThai(term);
            var docFreq = DocFreq(reader, thai ? ThaiFields : LatinFields, term);
            if (docFreq >= ExpandBelow) continue;
            unit.Unknown = docFreq == 0;
            if (thai && term.Length >= MinPartChars) unit.Parts.AddRange(Parts(reader, term));
            var typos = Slips(reader, term, thai ? ThaiFields : LatinFields);
            unit.Typos.AddRange(typos.SelectMany(t => t.Fields.Select(f => new FieldTerm(f, t.Term))));
            // A word the index has never seen, or one far rarer than a word a letter away, is most likely that word misspelt.
            if (typos.Count > 0 && (docFreq == 0 || typos[0].DocFreq >= ExpandBelow * Math.Max(1, docFreq))) unit.Correction = typos[0].Term;
            any |= unit.Parts.Count > 0 || unit.Typos.Count > 0;
        }
        return any || plan.Units.Any(u => u.Typos.Count > 0);
    }

    /// <summary>
    /// A slip inside a piece of Thai breaks it into pieces the index does not have side by side (โรงเรีน → โรง + เรีน;
    /// ขอนแกน → ขอน + แกน): the pieces typed together are read again as one word and looked up with one or two letters'
    /// difference, and where one is close, they become that word. A single piece is read so only when the index lacks it.
    /// </summary>
    private static void Repair(QueryPlan plan, IndexReader reader)
    {
        for (var i = 0; i < plan.Units.Count; i++)
        {
            if (!SameChunkWord(plan, i, plan.Units[i].Tokens[0].Chunk)) continue;
            var chunk = plan.Units[i].Tokens[0].Chunk;
            (int To, Slip Slip)? best = null;
            for (var to = i; to <= Math.Min(plan.Units.Count - 1, i + MaxRepairNeighbours) && SameChunkWord(plan, to, chunk); to++)
            {
                if (to == i && DocFreq(reader, ThaiFields, plan.Units[i].Tokens[0].Term) > 0) continue;
                var text = string.Concat(plan.Units.Skip(i).Take(to - i + 1).Select(u => u.Tokens[0].Term));
                var slip = Slips(reader, text, ThaiFields).FirstOrDefault();
                if (slip is null) continue;
                if (best is null || slip.Distance < best.Value.Slip.Distance || (slip.Distance == best.Value.Slip.Distance && to > best.Value.To))
                    best = (to, slip);
            }
            if (best is not { } b) continue;
            var merged = new QueryUnit
            {
                Tokens = plan.Units.Skip(i).Take(b.To - i + 1).SelectMany(u => u.Tokens).ToList(), Correction = b.Slip.Term, Unknown = true,
            };
            merged.Typos.AddRange(b.Slip.Fields.Select(f => new FieldTerm(f, b.Slip.Term)));
            plan.Units.RemoveRange(i, b.To - i + 1);
            plan.Units.Insert(i, merged);
        }
    }

    private static bool SameChunkWord(QueryPlan plan, int index, int chunk) =>
        plan.Units[index].IsWord && plan.Units[index].Tokens[0].Chunk == chunk && ThaiPairFilter.IsThai(plan.Units[index].Tokens[0].Term);

    private static int DocFreq(IndexReader reader, string[] fields, string term) =>
        fields.Max(f => reader.DocFreq(new Term(f, term)));

    /// <summary>Indexed Thai words that begin with the word, or end with it (through their reversed terms).</summary>
    public static List<FieldTerm> Parts(IndexReader reader, string word)
    {
        var parts = new List<FieldTerm>();
        foreach (var field in ThaiFields)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null) continue;
            var found = 0;
            foreach (var term in Starting(terms, word, skipPairs: true))
                if (term != word && found++ < MaxPartsPerField) parts.Add(new FieldTerm(field, term));
            found = 0;
            foreach (var reversed in Starting(terms, ThaiPairFilter.Reverse(word), skipPairs: false))
            {
                var whole = ThaiPairFilter.Reverse(reversed[1..])[1..];
                if (whole != word && found++ < MaxPartsPerField) parts.Add(new FieldTerm(field, whole));
            }
        }
        return parts;
    }

    /// <summary>The terms that start with a prefix, skipping the Thai pair terms under it ("ปลา|…") in one seek each.</summary>
    private static IEnumerable<string> Starting(Terms terms, string prefix, bool skipPairs)
    {
        var iterator = terms.GetEnumerator();
        var bytes = new BytesRef(prefix);
        if (iterator.SeekCeil(bytes) == TermsEnum.SeekStatus.END) yield break;
        var seen = 0;
        while (seen++ < 4 * MaxPartsPerField)
        {
            var current = iterator.Term;
            if (!StringHelper.StartsWith(current, bytes)) yield break;
            var text = current.Utf8ToString();
            var pair = text.IndexOf(ThaiPairFilter.Separator);
            if (skipPairs && pair >= 0)
            {
                // '}' follows '|': the next term after every "word|…".
                if (iterator.SeekCeil(new BytesRef(text[..pair] + '}')) == TermsEnum.SeekStatus.END) yield break;
                continue;
            }
            if (pair < 0) yield return text;
            if (!iterator.MoveNext()) yield break;
        }
    }

    public sealed record Slip(string Term, int Distance, int DocFreq, List<string> Fields);

    /// <summary>
    /// Indexed words one letter from a word of 4 or more letters, or two from one of 8 or more, best first (fewest
    /// letters away, then most items); not the word itself. A Thai word is looked up among the reversed words
    /// (<see cref="ThaiPairFilter.Reversed"/>), a small part of the terms without the pairs, whatever letter it ends with;
    /// a Latin word among the terms starting with the same letter.
    /// </summary>
    public static List<Slip> Slips(IndexReader reader, string word, string[] fields)
    {
        var edits = word.Length >= 8 ? 2 : word.Length >= 4 ? 1 : 0;
        if (edits == 0) return [];
        var thai = ThaiPairFilter.IsThai(word);
        var lookup = thai ? ThaiPairFilter.Reverse(word) : word;
        var found = new Dictionary<string, Slip>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null) continue;
            var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, lookup), edits, 1, true);
            var seen = 0;
            while (fuzzy.MoveNext() && seen++ < 200)
            {
                var text = fuzzy.Term.Utf8ToString();
                if (thai) text = ThaiPairFilter.Reverse(text[1..])[1..];
                else if (ThaiPairFilter.IsAdded(text)) continue;
                if (text == word) continue;
                var distance = Distance(word, text);
                if (distance > edits) continue;
                var docFreq = fuzzy.DocFreq;
                if (found.TryGetValue(text, out var slip))
                {
                    slip.Fields.Add(field);
                    found[text] = slip with { DocFreq = Math.Max(slip.DocFreq, docFreq) };
                }
                else found[text] = new Slip(text, distance, docFreq, [field]);
            }
        }
        return found.Values.OrderBy(s => s.Distance).ThenByDescending(s => s.DocFreq).ThenBy(s => s.Term, StringComparer.Ordinal)
            .Take(MaxTyposPerUnit).ToList();
    }

    /// <summary>Letters added, removed, changed or two neighbours swapped (optimal string alignment).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
