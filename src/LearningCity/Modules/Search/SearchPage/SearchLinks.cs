using Microsoft.AspNetCore.Http.Extensions;

namespace LearningCity.Modules.Search.SearchPage;

/// <summary>Links to the current search with one thing changed; they always lead to its first page.</summary>
internal static class SearchLinks
{
    public static string Change(HttpRequest request, Func<IEnumerable<KeyValuePair<string, string>>, IEnumerable<KeyValuePair<string, string>>> change)
    {
        var current = request.Query
            .Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? "")));
        return request.PathBase + request.Path + new QueryBuilder(change(current)).ToQueryString();
    }

    /// <summary>The parameter with this one value instead of its current ones, first in the address.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Replace(IEnumerable<KeyValuePair<string, string>> query, string key, string value) =>
        query.Where(q => !string.Equals(q.Key, key, StringComparison.OrdinalIgnoreCase)).Prepend(new(key, value));
}
