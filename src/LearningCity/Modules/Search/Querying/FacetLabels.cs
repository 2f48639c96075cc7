using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// Display names of facet values in the reader's language: a module's ISearchFacetLabels for codes kept in
/// the database (provinces, regions), else "Search.Value.{key}.{value}" from the strings (types, languages,
/// prices), else the value itself.
/// </summary>
internal sealed class FacetLabels(IEnumerable<ISearchFacetLabels> providers, JsonStringLocalizer l)
{
    public async Task<Func<string, string>> ForAsync(string key, AppDbContext db, CancellationToken ct)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var provider in providers.Where(p => p.FacetKey == key))
            foreach (var (value, text) in await provider.LabelsAsync(db, ct))
                labels[value] = text.Current;
        return value =>
        {
            if (labels.TryGetValue(value, out var label)) return label;
            var s = l[$"Search.Value.{key}.{value}"];
            return s.ResourceNotFound ? value : s.Value;
        };
    }
}
