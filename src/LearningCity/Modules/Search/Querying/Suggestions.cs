using System.Globalization;
using LearningCity.Modules.Search.Analysis;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// Typeahead: titles whose words start with what was typed so far. The last (unfinished) word is a prefix,
/// the words before it must match whole; titles are indexed unstemmed for this.
/// </summary>
internal static class Suggestions
{
    public static IReadOnlyList<SearchSuggestion> Find(SearchIndex index, string? prefix, int limit)
    {
        if (string.IsNullOrWhiteSpace(prefix)) return [];
        var input = prefix.Length > TextQuery.MaxInputChars ? prefix[..TextQuery.MaxInputChars] : prefix;
        var tokens = SearchAnalyzer.Exact.Terms(input);
        if (tokens.Count == 0) return [];
        var finished = char.IsWhiteSpace(input[^1]);
        var query = new BooleanQuery();
        for (var i = 0; i < tokens.Count; i++)
        {
            var term = new Term(SearchFields.TitlePrefix, tokens[i]);
            query.Add(i == tokens.Count - 1 && !finished ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
        }
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        return index.Read(searcher =>
        {
            var top = searcher.Search(query, limit * 3);
            return top.ScoreDocs
                .Select(s => searcher.Doc(s.Doc))
                .Select(d => new SearchSuggestion(
                    english && d.Get(SearchFields.TitleEn) is { Length: > 0 } en ? en : d.Get(SearchFields.TitleTh),
                    d.Get(SearchFields.Type), d.Get(SearchFields.Url)))
                .DistinctBy(s => s.Text).Take(limit).ToList();
        });
    }
}
