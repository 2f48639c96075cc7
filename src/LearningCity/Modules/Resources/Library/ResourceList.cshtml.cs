using LearningCity.Modules.Resources.Public;
using System.Globalization;
using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Library;

public sealed class ResourceListModel(AppDbContext db, ResourceNames names) : PageModel
{
    public const int PageSize = 12;

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Topic { get; set; }
    [BindProperty(SupportsGet = true)] public string? Audience { get; set; }
    [BindProperty(SupportsGet = true)] public string? Language { get; set; }
    [BindProperty(SupportsGet = true)] public int? City { get; set; }

    public IReadOnlyList<Topic> Topics { get; private set; } = [];
    /// <summary>Cities that have published something: the choices of the publisher filter.</summary>
    public IReadOnlyList<(int Id, BilingualText Name)> Cities { get; private set; } = [];
    public Paged<LearningResource> Results { get; private set; } = new([], 1, PageSize, 0);
    public ResourceNames Names => names;
    public PagerModel Pager => PagerModel.From(Results, "#results");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Topics = await db.Topics.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct);
        var cityIds = db.LearningResources.Where(r => r.Status == PublicationStatus.Published && r.CityId != null).Select(r => r.CityId);
        Cities = (await db.Cities.AsNoTracking().Where(c => cityIds.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .Select(c => (c.Id, c.Name)).OrderBy(c => c.Name.Current, StringComparer.Create(CultureInfo.CurrentCulture, false)).ToList();
        // "page" is a route value in Razor Pages, so it is read from the query string directly.
        int? page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var query = await ResourceQuery.PublishedAsync(db, new ResourceFilter(Type, Topic, Audience, Language, City, null), ct);
        Results = await query.ToPagedAsync(PageRequest.From(page, PageSize), ct);
        await names.LoadAsync(Results.Items, ct);
        var isHtmx = Request.Headers["HX-Request"] == "true" && Request.Headers["HX-History-Restore-Request"] != "true";
        return isHtmx ? Partial("_ResourceResults", this) : Page();
    }
}
