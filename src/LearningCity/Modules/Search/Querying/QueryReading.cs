using LearningCity.Modules.Search.Lists;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Search.Querying;

/// <summary>What a query is read with: the synonyms in force and the places every module knows.</summary>
internal sealed class QueryReading
{
    private readonly Func<CancellationToken, Task<SynonymSet>> _synonyms;
    private readonly IReadOnlyList<SearchPlace> _places;

    public QueryReading(SearchSynonyms synonyms, IEnumerable<ISearchPlaces> places) : this(synonyms.CurrentAsync, places) { }

    /// <summary>A fixed synonym set (tests, tools).</summary>
    public QueryReading(SynonymSet synonyms, IEnumerable<ISearchPlaces> places) : this(_ => Task.FromResult(synonyms), places) { }

    private QueryReading(Func<CancellationToken, Task<SynonymSet>> synonyms, IEnumerable<ISearchPlaces> places)
    {
        _synonyms = synonyms;
        _places = places.SelectMany(p => p.Places).ToList();
    }

    public async Task<QueryVocabulary> VocabularyAsync(CancellationToken ct) => QueryVocabulary.For(await _synonyms(ct), _places);
}
