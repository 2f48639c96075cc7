using LearningCity.Common.Api;
using LearningCity.Common.Audit;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace LearningCity.Modules.Audit.Entries;

[Authorize(Policy = Policies.Admin)]
public sealed class AuditIndexModel(AuditSearch search, JsonStringLocalizer l) : PageModel
{
    /// <summary>
    /// Bound from the plain query string (?action=...&amp;from=...&amp;page=2), like the API; from the query only,
    /// because Razor Pages also has a route value called "page" (the page's own name).
    /// </summary>
    [FromQuery]
    public AuditQuery Filter { get; set; } = new();

    public Paged<AuditEntry> Entries { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);
    public List<string> EntityTypes { get; private set; } = [];
    public Dictionary<long, string> Actors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        EntityTypes = await search.EntityTypesAsync(ct);
        if (Filter.HasDateRangeError()) ModelState.AddModelError(nameof(AuditQuery.To), l["Audit.DateRange"]);
        if (!ModelState.IsValid) return;
        Entries = await search.SearchAsync(Filter, ct);
        Actors = await search.ActorNamesAsync(Entries.Items, ct);
    }

    public string? FieldError(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["action"] = Filter.Action,
            ["entityType"] = Filter.EntityType,
            ["actor"] = Filter.Actor,
            ["from"] = Filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = Filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/admin/audit", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
