using System.Globalization;
using LearningCity.Common.Api;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Search.Public;

/// <summary>
/// A module's own list filtered by words: the platform search finds the ids of that module's type, so the list
/// understands Thai words typed together, spelling variants and synonyms as the search page does, and shows the best
/// match first. The list's other filters still run in SQL on those ids.
/// </summary>
public static class SearchIds
{
    /// <summary>The most matches a list shows for words; any beyond these are the least relevant.</summary>
    public const int Max = 1000;

    /// <summary>The ids of the items of <paramref name="type"/> the text finds, best first; null when no text was typed.</summary>
    public static async Task<List<int>?> RankedAsync(this ISearchService search, string type, string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var results = await search.SearchAsync(new SearchQuery
        {
            Text = text,
            PageSize = Max,
            // A very broad search is otherwise answered from a sample of the whole index, which could leave out
            // items of this type; a list has to show every match it counts.
            Exact = true,
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["type"] = [type] },
        }, ct);
        return results.Hits
            .Select(h => int.TryParse(h.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).ToList();
    }

    /// <summary>
    /// One page of the ranked ids that <paramref name="kept"/> (the list's query with its other filters) still holds,
    /// in the search's order, with how many it holds.
    /// </summary>
    public static async Task<Paged<int>> PageAsync(this IReadOnlyList<int> ranked, IQueryable<int> kept, PageRequest page, CancellationToken ct)
    {
        var holds = (await kept.ToListAsync(ct)).ToHashSet();
        var ordered = ranked.Where(holds.Contains).ToList();
        return new Paged<int>(ordered.Skip(page.Skip).Take(page.PageSize).ToList(), page.Page, page.PageSize, ordered.Count);
    }

    /// <summary>Items loaded in any order, put in the order of <paramref name="ids"/>; an id with no item is left out.</summary>
    public static List<T> InOrderOf<T>(this IEnumerable<T> items, IReadOnlyList<int> ids, Func<T, int> idOf)
    {
        var byId = items.ToDictionary(idOf);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }
}
