using LearningCity.Common.Localization;
using LearningCity.Modules.Search.Api;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Search.SearchPage;

public sealed class SearchPageModel(ISearchService search, JsonStringLocalizer l) : PageModel
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true, Name = "")] public SearchParameters P { get; set; } = new();

    public SearchResults Results { get; private set; } = new([], new Dictionary<string, IReadOnlyList<FacetValueCount>>(), 0, 0, 0, 1, PageSize);
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public PagerModel Pager => new(Results.Page, Results.TotalPages, Results.Total, "#search-results");
    public SearchQuery Query { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear(); // numbers arrive as text and are checked below, with their own messages
        (Query, Errors) = P.ToQuery(l, PageSize, PageSize);
        if (Errors.Count == 0) Results = await search.SearchAsync(Query, ct);
        else Response.StatusCode = StatusCodes.Status400BadRequest;
        var isHtmx = Request.Headers["HX-Request"] == "true" && Request.Headers["HX-History-Restore-Request"] != "true";
        return isHtmx ? Partial("_SearchResults", this) : Page();
    }

    /// <summary>An estimated total, rounded to two significant digits ("880,000").</summary>
    public string About(int total)
    {
        var magnitude = total < 100 ? 1 : (int)Math.Pow(10, Math.Floor(Math.Log10(total)) - 1);
        return (Math.Round((double)total / magnitude) * magnitude).ToString("N0", System.Globalization.CultureInfo.CurrentCulture);
    }

    /// <summary>A facet or "open" count, marked "≈" when the search estimated it.</summary>
    public string CountText(int count) => Results.Estimated ? $"≈{count:N0}" : count.ToString("N0", System.Globalization.CultureInfo.CurrentCulture);

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;

    /// <summary>The same search as a CSV file (every hit, not only this page).</summary>
    public string ExportUrl => "/search/export.csv" + QueryString.Create(Request.Query
        .Where(q => q.Key is not ("page" or "pageSize"))
        .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))));

    /// <summary>The same search and filters with the corrected text, from its first page.</summary>
    public string? DidYouMeanUrl => Results.DidYouMean is { } corrected
        ? SearchLinks.Change(Request, q => SearchLinks.Replace(q, "q", corrected))
        : null;

    /// <summary>The same search narrowed to a place its text names, from its first page.</summary>
    public string PlaceUrl(SearchPlaceOffer place) => SearchLinks.Change(Request, q => q.Append(new(place.FacetKey, place.Value)));

    /// <summary>"ค้นหาเฉพาะในจังหวัดอุบลราชธานี": per place where Thai names it otherwise (กรุงเทพมหานคร), else per facet.</summary>
    public string ChipText(SearchPlaceOffer place)
    {
        var own = l[$"Search.OnlyIn.{place.FacetKey}.{place.Value}", place.Label];
        if (!own.ResourceNotFound) return own.Value;
        var byFacet = l[$"Search.OnlyIn.{place.FacetKey}", place.Label];
        return byFacet.ResourceNotFound ? l["Search.OnlyIn", l[$"Search.Facet.{place.FacetKey}"], place.Label].Value : byFacet.Value;
    }

    /// <summary>A sentence with a link in it: the text before and after "{0}".</summary>
    public (string Before, string After) Around(string key)
    {
        var text = l[key].Value;
        var at = text.IndexOf("{0}", StringComparison.Ordinal);
        return at < 0 ? (text, "") : (text[..at], text[(at + 3)..]);
    }
}

public sealed class SearchSuggestModel(ISearchService search) : PageModel
{
    public IReadOnlyList<SearchSuggestion> Suggestions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken ct)
    {
        Suggestions = await search.SuggestAsync(q, 8, ct);
        return Partial("_Suggestions", this);
    }
}
