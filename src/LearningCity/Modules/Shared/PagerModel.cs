using LearningCity.Common.Api;
using Microsoft.AspNetCore.Http.Extensions;

namespace LearningCity.Modules.Shared;

/// <summary>
/// The model of the _Pager partial: links keep the current path and query string and change only ?page=.
/// With an htmx target the links also swap that element and push the address, and still work without script.
/// </summary>
public sealed record PagerModel(int Page, int TotalPages, int TotalCount, string? HxTarget = null)
{
    public static PagerModel From<T>(Paged<T> paged, string? hxTarget = null) =>
        new(paged.Page, paged.TotalPages, paged.TotalCount, hxTarget);

    public string UrlFor(HttpRequest request, int page)
    {
        var query = new QueryBuilder(request.Query
            .Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
        if (page > 1) query.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return request.PathBase + request.Path + query.ToQueryString();
    }

    /// <summary>The page numbers to show: the first, the last and two either side of the current page.</summary>
    public IEnumerable<int?> Numbers()
    {
        int? previous = null;
        for (var i = 1; i <= TotalPages; i++)
        {
            if (i != 1 && i != TotalPages && Math.Abs(i - Page) > 2) continue;
            if (previous is { } p && i - p > 1) yield return null;
            yield return i;
            previous = i;
        }
    }
}
