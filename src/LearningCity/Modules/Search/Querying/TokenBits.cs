using LearningCity.Modules.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// The commonest tokens of one index segment, each with the set of docs that have it in any text field. A query of
/// common words spends most of its time finding the few docs that have them all (each word a disjunction over the
/// text fields, leapfrogging through long postings); the intersection of these sets holds every match, so the query's
/// scorer only has to be asked about the docs in it (<see cref="GuidedScorer"/>). Built once per segment, like
/// <see cref="SegmentBits"/>, for at most <see cref="MaxTokens"/> tokens: one bit per doc each.
/// </summary>
internal static class TokenBits
{
    /// <summary>A token is kept when this many docs of the segment (or more) have it in one text field.</summary>
    public const int MinDocs = 2_048;
    public const int MaxTokens = 256;

    public static IReadOnlyDictionary<string, FixedBitSet> Read(AtomicReader reader, int minDocs)
    {
        // First the tokens common in some field, then each one's docs in every field: a token's set must hold every
        // doc that has it anywhere, or a doc with it only in a field where it is rare would be missed.
        var common = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in SearchFields.TextFields)
        {
            if (reader.GetTerms(field)?.GetEnumerator() is not { } terms) continue;
            while (terms.MoveNext())
                if (terms.DocFreq >= minDocs)
                {
                    var token = terms.Term.Utf8ToString();
                    common[token] = Math.Max(common.GetValueOrDefault(token), terms.DocFreq);
                }
        }
        var kept = new Dictionary<string, FixedBitSet>(StringComparer.Ordinal);
        DocsEnum? docs = null;
        foreach (var token in common.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(MaxTokens).Select(t => t.Key))
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            var bytes = new BytesRef(token);
            foreach (var field in SearchFields.TextFields)
            {
                if (reader.GetTerms(field)?.GetEnumerator() is not { } terms || !terms.SeekExact(bytes)) continue;
                docs = terms.Docs(null, docs, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) bits.Set(doc);
            }
            kept[token] = bits;
        }
        return kept;
    }

    /// <summary>
    /// The docs of the segment that may match all the words (each a list of tokens as <see cref="TextQuery.Words"/>
    /// gives them): those with every kept token of them, and with every kept pair of neighbouring Thai tokens.
    /// Null when no token of the words is kept (the query's own scorer is then the quickest way).
    /// </summary>
    public static FixedBitSet? Candidates(IReadOnlyDictionary<string, FixedBitSet> kept, List<List<string>> words)
    {
        FixedBitSet? all = null;
        var own = false; // whether all is a copy of its own (a kept set is never changed)
        foreach (var tokens in words)
            for (var i = 0; i < tokens.Count; i++)
            {
                And(tokens[i]);
                if (i > 0 && Analysis.ThaiPairFilter.IsThai(tokens[i - 1]) && Analysis.ThaiPairFilter.IsThai(tokens[i]))
                    And(Analysis.ThaiPairFilter.Pair(tokens[i - 1], tokens[i]));
            }
        return all;

        void And(string token)
        {
            if (!kept.TryGetValue(token, out var bits) || bits == all) return;
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
