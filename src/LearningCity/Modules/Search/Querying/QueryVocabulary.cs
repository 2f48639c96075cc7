using System.Runtime.CompilerServices;
using LearningCity.Modules.Search.Lists;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// What a query may name beyond its own words, keyed by analyzed tokens: the synonym rules in force and the places.
/// Compiled once per synonym set (a new set comes when an admin edits the list) and kept beside it.
/// </summary>
internal sealed class QueryVocabulary
{
    /// <summary>A phrase of the vocabulary, as tokens joined by a space (abbreviation tokens keep their dot).</summary>
    public sealed record Entry(List<List<string>> Forms, SearchPlace? Place);

    private static readonly ConditionalWeakTable<SynonymSet, Dictionary<IReadOnlyList<SearchPlace>, QueryVocabulary>> Compiled = new();

    public Dictionary<string, Entry> Phrases { get; } = new(StringComparer.Ordinal);

    /// <summary>Abbreviations as typed, dot included ("อบต.", "รพ."), longest first: a query is cut around them before its words are read.</summary>
    public List<string> Abbreviations { get; private set; } = [];

    public int LongestPhrase { get; private set; } = 1;

    public static QueryVocabulary For(SynonymSet synonyms, IReadOnlyList<SearchPlace> places)
    {
        var byPlaces = Compiled.GetOrCreateValue(synonyms);
        lock (byPlaces)
        {
            if (!byPlaces.TryGetValue(places, out var vocabulary)) byPlaces[places] = vocabulary = new QueryVocabulary(synonyms, places);
            return vocabulary;
        }
    }

    private QueryVocabulary(SynonymSet synonyms, IReadOnlyList<SearchPlace> places)
    {
        Abbreviations = synonyms.Rules.SelectMany(r => r.From.Concat(r.To)).Concat(places.SelectMany(p => p.Names))
            .SelectMany(QueryTokens.DottedParts).Distinct(StringComparer.Ordinal).OrderByDescending(a => a.Length).ToList();
        foreach (var rule in synonyms.Rules)
        {
            var to = rule.To.Select(m => QueryTokens.Keys(m, Abbreviations)).Where(t => t.Count > 0).ToList();
            foreach (var member in rule.From) Add(QueryTokens.Keys(member, Abbreviations), to, null);
        }
        foreach (var place in places)
        {
            var forms = new[] { place.NameTh, place.NameEn }.Concat(place.Names).Select(n => QueryTokens.Keys(n, Abbreviations))
                .Where(t => t.Count > 0).ToList();
            foreach (var name in place.Names) Add(QueryTokens.Keys(name, Abbreviations), forms, place);
        }
    }

    private void Add(List<string> key, List<List<string>> forms, SearchPlace? place)
    {
        if (key.Count == 0) return;
        var joined = string.Join(' ', key);
        var others = forms.Where(f => !f.SequenceEqual(key)).Select(f => f.Select(QueryTokens.Searchable).ToList()).ToList();
        if (Phrases.TryGetValue(joined, out var entry))
        {
            foreach (var form in others.Where(f => !entry.Forms.Any(e => e.SequenceEqual(f)))) entry.Forms.Add(form);
            if (place is not null && entry.Place is null) Phrases[joined] = entry with { Place = place };
        }
        else Phrases[joined] = new Entry(others, place);
        LongestPhrase = Math.Max(LongestPhrase, key.Count);
    }
}
