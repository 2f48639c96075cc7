using System.Globalization;
using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Spaces;

/// <summary>The filters both the list and the map page show.</summary>
public abstract class SpaceFilterPageModel(AppDbContext db, PublisherAccess publishers) : PageModel
{
    protected AppDbContext Db { get; } = db;

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public string? Accessibility { get; set; }
    [BindProperty(SupportsGet = true)] public bool Free { get; set; }
    [BindProperty(SupportsGet = true)] public bool OpenNow { get; set; }
    [BindProperty(SupportsGet = true)] public int? City { get; set; }

    public IReadOnlyList<Region> Regions { get; private set; } = [];
    public IReadOnlyList<Province> Provinces { get; private set; } = [];
    public Dictionary<string, string> ProvinceNames { get; private set; } = [];
    public bool CanCreate { get; private set; }
    public abstract string FilterAction { get; }

    public SpaceFilter Filter => new(Type, Province, Region, Accessibility, Free, OpenNow) { CityId = City };

    protected async Task LoadFiltersAsync(CancellationToken ct)
    {
        Regions = await Db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(ct);
        Provinces = await Db.Provinces.AsNoTracking().OrderBy(p => p.Name.Th).ToListAsync(ct);
        ProvinceNames = Provinces.ToDictionary(p => p.Code, p => p.Name.Current);
        CanCreate = (await publishers.PublishersForAsync(User, ct)).Count > 0;
    }
}

public sealed class SpaceListModel(AppDbContext db, PublisherAccess publishers, TimeProvider time) : SpaceFilterPageModel(db, publishers)
{
    public const int PageSize = 12;

    public Paged<LearningSpace> Results { get; private set; } = new([], 1, PageSize, 0);
    public DateTimeOffset ThaiNow { get; private set; }
    public PagerModel Pager => PagerModel.From(Results, "#results");
    public override string FilterAction => "/spaces";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadFiltersAsync(ct);
        // "page" is a route value in Razor Pages, so it is read from the query string directly.
        int? page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        ThaiNow = ThaiClock.Now(time);
        Results = await SpaceQuery.PageAsync(Db, Filter, PageRequest.From(page, PageSize), time, ct);
        var isHtmx = Request.Headers["HX-Request"] == "true" && Request.Headers["HX-History-Restore-Request"] != "true";
        return isHtmx ? Partial("_SpaceResults", this) : Page();
    }
}
