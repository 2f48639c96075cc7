using System.Globalization;
using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Shared;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Research.Catalogue;

public sealed class ResearchListModel(AppDbContext db, ISearchService search, ResearchCityNames names) : PageModel
{
    public const int PageSize = 12;

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? City { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    /// <summary>Years and cities that published research has: the choices of the filters.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<(int Id, BilingualText Name)> Cities { get; private set; } = [];
    public Paged<ResearchItem> Results { get; private set; } = new([], 1, PageSize, 0);
    public ResearchCityNames Names => names;
    public PagerModel Pager => PagerModel.From(Results, "#results");

    /// <summary>The current filters as a query string, for the list's BibTeX and RIS downloads.</summary>
    public string FilterQuery => new QueryBuilder(new Dictionary<string, string?>
        {
            ["type"] = Type, ["year"] = Year?.ToString(CultureInfo.InvariantCulture),
            ["city"] = City?.ToString(CultureInfo.InvariantCulture), ["q"] = Q,
        }.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!))).ToQueryString().Value ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var published = db.ResearchItems.Where(r => r.Status == PublicationStatus.Published);
        Years = await published.Select(r => r.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var cityIds = published.SelectMany(r => r.Cities).Select(c => c.CityId);
        Cities = (await db.Cities.AsNoTracking().Where(c => cityIds.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .Select(c => (c.Id, c.Name)).OrderBy(c => c.Name.Current, StringComparer.Create(CultureInfo.CurrentCulture, false)).ToList();
        // "page" is a route value in Razor Pages, so it is read from the query string directly.
        int? page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        Results = await ResearchQuery.PageAsync(db, search, new ResearchFilter(Type, Year, City, Q), PageRequest.From(page, PageSize), ct);
        await names.LoadAsync(Results.Items, ct);
        var isHtmx = Request.Headers["HX-Request"] == "true" && Request.Headers["HX-History-Restore-Request"] != "true";
        return isHtmx ? Partial("_ResearchResults", this) : Page();
    }
}
