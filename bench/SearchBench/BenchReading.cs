using LearningCity.Modules.Cities.Geography;
using LearningCity.Modules.Search.Lists;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Search.Querying;
using Lucene.Net.Index;

namespace SearchBench;

/// <summary>
/// How the app reads a query (what <c>SearchModule</c> and <c>CitiesModule</c> register): the built-in synonym list
/// and the provinces' names. The bench's database holds no other synonyms, so the tools read queries as the app does.
/// </summary>
internal static class BenchReading
{
    private static readonly IReadOnlyList<SearchPlace> Places = new SearchPlaceNames().Places;

    public static QueryReading BuiltIn { get; } = new(SearchSynonyms.BuiltIn, [new SearchPlaceNames()]);

    /// <summary>A query's units as the service reads them on this index (Thai typed together split by the index's own text).</summary>
    public static QueryPlan Plan(string? text, IndexReader reader) =>
        QueryPlan.Read(text, QueryVocabulary.For(SearchSynonyms.BuiltIn, Places), ThaiWords.In(reader));
}
