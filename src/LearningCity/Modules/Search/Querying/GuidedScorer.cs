using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// A query's scorer asked only about the docs of a set that holds all its matches (<see cref="TokenBits.Candidates"/>):
/// the next match at or after a doc is the scorer's next match at or after the set's next doc, since no doc between
/// them matches. The matches and their scores are the scorer's own; only the docs it has to look at are fewer.
/// </summary>
internal sealed class GuidedScorer(Scorer scorer, FixedBitSet candidates) : Scorer(scorer.Weight)
{
    private int _doc = -1;

    public override int DocID => _doc;

    public override int Freq => scorer.Freq;

    public override float GetScore() => scorer.GetScore();

    public override long GetCost() => candidates.Cardinality;

    public override int NextDoc() => Advance(_doc + 1);

    public override int Advance(int target)
    {
        if (_doc == NO_MORE_DOCS) return _doc;
        var next = target < candidates.Length ? candidates.NextSetBit(target) : -1;
        return _doc = next < 0 ? NO_MORE_DOCS : scorer.Advance(next);
    }
}
