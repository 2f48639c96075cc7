using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Search.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Academy.Catalogue;

/// <summary>The catalogue: published courses under the four capacities, filtered by capacity, audience and words.</summary>
public sealed class CourseCatalogueModel(AppDbContext db, ISearchService search, CityAccess access, CityLookup cities) : PageModel
{
    /// <summary>More than the Academy will hold for a long time; the API pages through any number.</summary>
    public const int MaxShown = 200;

    [BindProperty(SupportsGet = true)] public string? Capacity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Audience { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public Paged<Course> Results { get; private set; } = new([], 1, MaxShown, 0);
    /// <summary>The courses the signed-in author keeps (drafts included), newest change first.</summary>
    public IReadOnlyList<Course> Mine { get; private set; } = [];
    public bool CanCreate { get; private set; }
    /// <summary>The cities the signed-in person coordinates, each linking to its team page.</summary>
    public IReadOnlyList<CitySummary> MyCities { get; private set; } = [];
    public bool Searched => !string.IsNullOrWhiteSpace(Q);

    /// <summary>The results under each capacity, in the capacities' order; in search order within one when words were typed.</summary>
    public IEnumerable<(CourseCapacity Capacity, List<Course> Courses)> ByCapacity =>
        CourseChoices.Capacities.Select(c => (c, Results.Items.Where(r => r.Capacity == c).ToList()));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Results = await CourseQuery.PageAsync(db, search, new CourseFilter(Capacity, Audience, Q), new PageRequest(1, MaxShown), ct);
        CanCreate = CourseAccess.CanCreate(User);
        if (CanCreate && CityAccess.UserId(User) is { } me && me != Guid.Empty)
            Mine = await db.Courses.AsNoTracking().Where(c => c.CreatedBy == me).OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id)
                .Take(50).ToListAsync(ct);
        var isHtmx = Request.Headers["HX-Request"] == "true" && Request.Headers["HX-History-Restore-Request"] != "true";
        if (isHtmx) return Partial("_CourseResults", this);
        MyCities = await CoordinatedCitiesAsync(ct);
        return Page();
    }

    /// <summary>The cities in the person's scopes whose team page they may open (a coordinator's; the htmx results never show them).</summary>
    private async Task<IReadOnlyList<CitySummary>> CoordinatedCitiesAsync(CancellationToken ct)
    {
        var ids = new List<int>();
        foreach (var id in await access.ScopedCityIdsAsync(User, ct))
            if (await access.CanEditAsync(User, id, ct)) ids.Add(id);
        if (ids.Count == 0) return [];
        return (await cities.FindManyAsync(ids, ct)).Values.OrderBy(c => c.NameTh, StringComparer.Ordinal).ToList();
    }
}
