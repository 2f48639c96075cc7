using System.Globalization;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// Typeahead: titles with a word that starts with what was typed so far ("ขอนแ" → เทศบาลนครขอนแก่น,
/// "chiang ma" → Chiang Mai City Municipality). Shorter titles first.
/// </summary>
internal static class Suggestions
{
    public static IReadOnlyList<SearchSuggestion> Find(SearchIndex index, string? prefix, int limit)
    {
        if (string.IsNullOrWhiteSpace(prefix)) return [];
        var input = SearchFields.NormalizeForPrefix(prefix.Length > TextQuery.MaxInputChars ? prefix[..TextQuery.MaxInputChars] : prefix);
        if (!input.Any(char.IsLetterOrDigit)) return [];
        var query = new PrefixQuery(new Term(SearchFields.TitlePrefix, input));
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        return index.Read(searcher =>
        {
            var top = searcher.Search(query, 200);
            return top.ScoreDocs
                .Select(s => SearchDisplay.Read(searcher.IndexReader, s.Doc))
                .Select(d => new SearchSuggestion(english && d.TitleEn is { Length: > 0 } en ? en : d.TitleTh, d.Type, d.Url))
                .DistinctBy(s => s.Text).OrderBy(s => s.Text.Length).ThenBy(s => s.Text, StringComparer.Ordinal).Take(limit).ToList();
        });
    }
}
