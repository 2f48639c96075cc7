using LearningCity.Modules.Search.Analysis;
using LearningCity.Modules.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// The common tokens of one index segment that queries have asked for, each with the set of docs that have it in any
/// text field. A query of common words spends most of its time finding the few docs that have them all (each word a
/// disjunction over the text fields, leapfrogging through long postings); the intersection of these sets holds every
/// match, so the query's scorer only has to be asked about the docs in it (<see cref="GuidedScorer"/>). A token's set
/// is built the first time a query asks for it in the segment and kept while the segment lives, like
/// <see cref="SegmentBits"/>: one bit per doc, for at most <see cref="MaxTokens"/> tokens per segment.
/// </summary>
internal sealed class TokenBits(int minDocs)
{
    /// <summary>A token is common when this many docs of the segment (or more) have it in one text field.</summary>
    public const int MinDocs = 2_048;
    public const int MaxTokens = 256;
    private readonly Dictionary<string, FixedBitSet> _kept = new(StringComparer.Ordinal);

    /// <summary>The docs of the segment with the token in any text field; null when it is not common (or too many are kept).</summary>
    public FixedBitSet? Docs(string token, AtomicReader current)
    {
        lock (_kept)
        {
            if (_kept.TryGetValue(token, out var kept)) return kept;
            if (_kept.Count >= MaxTokens) return null;
            // The reader of the search at hand: the segment's first reader may be closed by now.
            var bytes = new BytesRef(token);
            var enums = new List<TermsEnum>();
            var common = false;
            foreach (var field in SearchFields.TextFields)
                if (current.GetTerms(field)?.GetEnumerator() is { } terms && terms.SeekExact(bytes))
                {
                    enums.Add(terms);
                    common |= terms.DocFreq >= minDocs;
                }
            if (!common) return null;
            // Every doc that has the token anywhere, or a doc with it only in a field where it is rare would be missed.
            var bits = new FixedBitSet(current.MaxDoc);
            DocsEnum? docs = null;
            foreach (var terms in enums)
            {
                docs = terms.Docs(null, docs, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) bits.Set(doc);
            }
            return _kept[token] = bits;
        }
    }

    /// <summary>
    /// The docs that may match all the words (each a list of tokens as <see cref="TextQuery.Words"/> gives them):
    /// those with every common token of them, and with every common pair of neighbouring Thai tokens.
    /// Null when none of them is common (the query's own scorer is then the quickest way).
    /// </summary>
    public static FixedBitSet? Candidates(Func<string, FixedBitSet?> common, List<List<string>> words)
    {
        FixedBitSet? all = null;
        var own = false; // whether all is a copy of its own (a kept set is never changed)
        foreach (var tokens in words)
            for (var i = 0; i < tokens.Count; i++)
            {
                And(tokens[i]);
                if (i > 0 && ThaiPairFilter.IsThai(tokens[i - 1]) && ThaiPairFilter.IsThai(tokens[i]))
                    And(ThaiPairFilter.Pair(tokens[i - 1], tokens[i]));
            }
        return all;

        void And(string token)
        {
            if (common(token) is not { } bits || bits == all) return;
            if (all is null)
            {
                all = bits;
                return;
            }
            if (!own) (all, own) = (all.Clone(), true);
            all.And(bits);
        }
    }
}
