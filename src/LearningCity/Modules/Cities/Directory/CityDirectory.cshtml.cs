using System.Globalization;
using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Directory;

public sealed class CityDirectoryModel(AppDbContext db, ISearchService search) : PageModel
{
    public const int PageSize = 12;

    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public IReadOnlyList<Region> Regions { get; private set; } = [];
    public IReadOnlyList<Province> Provinces { get; private set; } = [];
    public Paged<CityWithProvince> Results { get; private set; } = new([], 1, PageSize, 0);
    public PagerModel Pager => PagerModel.From(Results, "#results");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Regions = await db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(ct);
        Provinces = await ProvincesOf(Region, ct);
        // A province left over from another region (the region was just changed) no longer applies.
        if (!string.IsNullOrEmpty(Province) && Provinces.All(p => p.Code != Province)) Province = null;
        // "page" is a route value in Razor Pages, so it is read from the query string directly.
        int? page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        Results = await CityDirectoryQuery.PageAsync(db, search, new CityFilter(Region, Province, Type, Q), PageRequest.From(page, PageSize), ct);
        var isHtmx = Request.Headers["HX-Request"] == "true" && Request.Headers["HX-History-Restore-Request"] != "true";
        return isHtmx ? Partial("_CityResults", this) : Page();
    }

    /// <summary>The province options of a region, swapped into the province select by htmx when the region changes.</summary>
    public async Task<IActionResult> OnGetProvinceOptionsAsync(CancellationToken ct)
    {
        Provinces = await ProvincesOf(Region, ct);
        return Partial("_ProvinceOptions", this);
    }

    private async Task<IReadOnlyList<Province>> ProvincesOf(string? region, CancellationToken ct)
    {
        var query = db.Provinces.AsNoTracking();
        if (!string.IsNullOrEmpty(region)) query = query.Where(p => p.RegionCode == region);
        return await query.OrderBy(p => p.Name.Th).ToListAsync(ct);
    }
}
