using LearningCity.Modules.Search.Analysis;
using LearningCity.Modules.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// The Lucene queries of a <see cref="QueryPlan"/>. Strict: every unit must match, each in any text field by any of its
/// forms. Expanded: a unit may also match by a part of a word or a slip, always ranked below every item that matches
/// it as typed (<see cref="ExactTier"/>). Relaxed: most of the units, for when all of them find nothing.
/// </summary>
internal static class TextQuery
{
    public const int MaxInputChars = QueryPlan.MaxInputChars;

    /// <summary>Added to the score of an item for each unit it matches by its plain forms, so looser matches rank below.</summary>
    public const float ExactTier = 5000f;
    private const float SynonymBoost = 0.8f;
    private const float PlaceTagBoost = 1f;
    private const float RunBoost = 2f;
    private const float PartBoost = 2f;
    private const float TypoBoost = 1f;

    public static readonly (string Field, float Boost)[] Fields =
    [
        (SearchFields.TitleTh, 3f), (SearchFields.TitleEn, 3f),
        (SearchFields.SummaryTh, 1.5f), (SearchFields.SummaryEn, 1.5f),
        (SearchFields.Body, 1f),
    ];

    /// <summary>Null means "no text": every item (filtered by facets) matches.</summary>
    public static Query? Strict(QueryPlan plan) => plan.IsEmpty ? null : All(plan, plan.Units.Select(Plain), most: false);

    public static Query? Expanded(QueryPlan plan) => plan.IsEmpty ? null : All(plan, plan.Units.Select(Loose), most: false);

    public static Query? Relaxed(QueryPlan plan, bool loose) =>
        plan.Units.Count < 2 ? null : All(plan, plan.Units.Select(u => loose ? Loose(u) : Plain(u)), most: true);

    /// <summary>How many of n units "most" is: all but one up to four, three quarters beyond.</summary>
    public static int Most(int units) => units <= 4 ? Math.Max(1, units - 1) : (int)Math.Ceiling(units * 0.75);

    private static Query All(QueryPlan plan, IEnumerable<Query> units, bool most)
    {
        var list = units.ToList();
        Query required;
        if (most)
        {
            var any = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = Most(list.Count) };
            foreach (var unit in list) any.Add(unit, Occur.SHOULD);
            required = any;
        }
        else
        {
            var all = new BooleanQuery(disableCoord: true);
            foreach (var unit in list) all.Add(unit, Occur.MUST);
            if (plan.Runs.Count == 0) return all;
            required = all;
        }
        var query = new BooleanQuery(disableCoord: true) { { required, Occur.MUST } };
        foreach (var run in plan.Runs)
        {
            var together = new BooleanQuery(disableCoord: true) { Boost = RunBoost };
            foreach (var (field, boost) in Fields) together.Add(Form(field, run, boost), Occur.SHOULD);
            query.Add(together, Occur.SHOULD);
        }
        return query;
    }

    /// <summary>A unit by its own words, its synonyms and other names, and (for a province) the content tagged with it.</summary>
    private static Query Plain(QueryUnit unit)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in Fields)
        {
            any.Add(Form(field, unit.Own, boost), Occur.SHOULD);
            foreach (var form in unit.Forms) any.Add(Form(field, form, boost * SynonymBoost), Occur.SHOULD);
        }
        if (unit.Place is { WholeArea: true } place)
            any.Add(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.Facet(place.FacetKey), place.Value))) { Boost = PlaceTagBoost }, Occur.SHOULD);
        return any;
    }

    private static Query Loose(QueryUnit unit)
    {
        if (unit.Parts.Count == 0 && unit.Typos.Count == 0) return Plain(unit);
        var any = new BooleanQuery(disableCoord: true) { { new Tiered(Plain(unit), ExactTier), Occur.SHOULD } };
        if (unit.Parts.Count > 0) any.Add(new ConstantScoreQuery(Terms(unit.Parts)) { Boost = PartBoost }, Occur.SHOULD);
        if (unit.Typos.Count > 0) any.Add(new ConstantScoreQuery(Terms(unit.Typos)) { Boost = TypoBoost }, Occur.SHOULD);
        return any;
    }

    private static BooleanQuery Terms(List<FieldTerm> terms)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var t in terms) any.Add(new TermQuery(new Term(t.Field, t.Term)), Occur.SHOULD);
        return any;
    }

    /// <summary>
    /// One token is a term. Several are a phrase; where neighbours are both Thai, the phrase is of their pairs as indexed
    /// by <see cref="ThaiPairFilter"/> (two Thai tokens: one term), which matches exactly the same docs.
    /// </summary>
    private static Query Form(string field, List<string> tokens, float boost)
    {
        Query query;
        if (tokens.Count == 1) query = new TermQuery(new Term(field, tokens[0]));
        else if (tokens.All(t => ThaiPairFilter.IsThai(t)))
        {
            if (tokens.Count == 2) query = new TermQuery(new Term(field, ThaiPairFilter.Pair(tokens[0], tokens[1])));
            else
            {
                var pairs = new PhraseQuery();
                for (var i = 0; i + 1 < tokens.Count; i++) pairs.Add(new Term(field, ThaiPairFilter.Pair(tokens[i], tokens[i + 1])), i);
                query = pairs;
            }
        }
        else
        {
            var phrase = new PhraseQuery();
            foreach (var token in tokens) phrase.Add(new Term(field, token));
            query = phrase;
        }
        query.Boost = boost;
        return query;
    }

    /// <summary>A query whose matches score <c>tier</c> more: a tier above every looser match of the same unit.</summary>
    private sealed class Tiered(Query inner, float tier) : CustomScoreQuery(inner)
    {
        protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) => new Provider(context, tier);

        private sealed class Provider(AtomicReaderContext context, float tier) : CustomScoreProvider(context)
        {
            public override float CustomScore(int doc, float subQueryScore, float valSrcScore) => subQueryScore + tier;
            public override float CustomScore(int doc, float subQueryScore, float[] valSrcScores) => subQueryScore + tier;
        }
    }
}
